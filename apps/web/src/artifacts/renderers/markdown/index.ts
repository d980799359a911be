import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";

/** Markdown documents, rendered like answers (no raw HTML). */
export const markdownRenderer: ArtifactRenderer = {
  kind: "markdown",
  icon: "document",
  accepts: (mime) => mime.startsWith("text/"),
  Component: lazy(() => import("./markdown-renderer.tsx")),
};
