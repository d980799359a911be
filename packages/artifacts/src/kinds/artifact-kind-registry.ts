import type { ArtifactKind } from "@penny/db";
import { model3dKind } from "./3d/model-3d-kind.ts";
import type { ArtifactKindDefinition } from "./artifact-kind-definition.ts";
import { chartKind } from "./chart/chart-kind.ts";
import { codeKind } from "./code/code-kind.ts";
import { dashboardKind } from "./dashboard/dashboard-kind.ts";
import { diagramKind } from "./diagram/diagram-kind.ts";
import { documentKind } from "./document/document-kind.ts";
import { imageKind } from "./image/image-kind.ts";
import { markdownKind } from "./markdown/markdown-kind.ts";
import { notebookKind } from "./notebook/notebook-kind.ts";
import { tableKind } from "./table/table-kind.ts";

/** Every artifact kind, keyed by the `artifactKinds` list of @penny/db: a kind missing here is a type error. */
export const artifactKindRegistry: { readonly [K in ArtifactKind]: ArtifactKindDefinition<K> } = {
  markdown: markdownKind,
  table: tableKind,
  chart: chartKind,
  diagram: diagramKind,
  code: codeKind,
  image: imageKind,
  document: documentKind,
  notebook: notebookKind,
  "3d": model3dKind,
  dashboard: dashboardKind,
};
