import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";

/** Jupyter notebooks (nbformat 4): markdown and code cells with their outputs. */
export const notebookRenderer: ArtifactRenderer = {
  kind: "notebook",
  icon: "document",
  accepts: (mime) => mime === "application/x-ipynb+json",
  Component: lazy(() => import("./notebook-renderer.tsx")),
};
