import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";
import { diagramSyntaxOf } from "./diagram-syntax.ts";

/** Diagrams from source: Mermaid and Graphviz DOT, each library loaded only when such a diagram opens. */
export const diagramRenderer: ArtifactRenderer = {
  kind: "diagram",
  icon: "chart",
  accepts: (mime) => diagramSyntaxOf(mime) !== undefined,
  Component: lazy(() => import("./diagram-renderer.tsx")),
};
