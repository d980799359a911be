import { dashboardRenderer } from "../dashboards/artifact/index.ts";
import type { ArtifactRef } from "./artifact-ref.ts";
import type { ArtifactRenderer } from "./artifact-renderer.ts";
import { chartRenderer } from "./renderers/chart/index.ts";
import { codeRenderer } from "./renderers/code/index.ts";
import { diagramRenderer } from "./renderers/diagram/index.ts";
import { documentRenderer } from "./renderers/document/index.ts";
import { htmlRenderer } from "./renderers/html/index.ts";
import { imageRenderer } from "./renderers/image/index.ts";
import { markdownRenderer } from "./renderers/markdown/index.ts";
import { model3dRenderer } from "./renderers/model-3d/index.ts";
import { notebookRenderer } from "./renderers/notebook/index.ts";
import { tableRenderer } from "./renderers/table/index.ts";

/** Every artifact preview the panel can show. A new kind is a folder under renderers/ and one line here. */
export const artifactRenderers: readonly ArtifactRenderer[] = [
  chartRenderer,
  tableRenderer,
  markdownRenderer,
  dashboardRenderer,
  documentRenderer,
  notebookRenderer,
  model3dRenderer,
  diagramRenderer,
  codeRenderer,
  imageRenderer,
  htmlRenderer,
];

/** The renderer for an artifact version, or undefined when no preview is built for it yet. */
export function rendererFor(artifact: Pick<ArtifactRef, "kind" | "mime">): ArtifactRenderer | undefined {
  return artifactRenderers.find(
    (renderer) => renderer.kind === artifact.kind && renderer.accepts(artifact.mime),
  );
}
