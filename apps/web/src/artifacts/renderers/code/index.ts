import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";

/** Source code (text/plain, text/x-<language>): highlighted with highlight.js, loaded only when code opens. */
export const codeRenderer: ArtifactRenderer = {
  kind: "code",
  icon: "document",
  accepts: (mime) => mime === "text/plain" || mime.startsWith("text/x-"),
  Component: lazy(() => import("./code-renderer.tsx")),
};
