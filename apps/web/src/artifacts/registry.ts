import { dashboardRenderer } from "../dashboards/artifact/index.ts";
import type { ArtifactRef } from "./artifact-ref.ts";
import type { ArtifactRenderer } from "./artifact-renderer.ts";
import { chartRenderer } from "./renderers/chart/index.ts";
import { markdownRenderer } from "./renderers/markdown/index.ts";
import { tableRenderer } from "./renderers/table/index.ts";

/** Every artifact preview the panel can show. A new kind is a folder under renderers/ and one line here. */
export const artifactRenderers: readonly ArtifactRenderer[] = [
  chartRenderer,
  tableRenderer,
  markdownRenderer,
  dashboardRenderer,
];

/** The renderer for an artifact version, or undefined when no preview is built for it yet. */
export function rendererFor(artifact: Pick<ArtifactRef, "kind" | "mime">): ArtifactRenderer | undefined {
  return artifactRenderers.find(
    (renderer) => renderer.kind === artifact.kind && renderer.accepts(artifact.mime),
  );
}
