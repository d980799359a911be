import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";

/** CSV tables, sortable by any column. Parquet has no preview yet (it downloads). */
export const tableRenderer: ArtifactRenderer = {
  kind: "table",
  icon: "table",
  accepts: (mime) => mime === "text/csv",
  Component: lazy(() => import("./table-renderer.tsx")),
};
