import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";

/** HTML reports (document kind, text/html): untrusted markup, shown only in a sandboxed iframe. */
export const htmlRenderer: ArtifactRenderer = {
  kind: "document",
  icon: "document",
  accepts: (mime) => mime === "text/html",
  Component: lazy(() => import("./html-renderer.tsx")),
};
