import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";
import { PARQUET_MIME } from "./read-table.ts";

/** Tables stored as CSV or Parquet: virtualized, sortable, filterable, downloadable as either. */
export const tableRenderer: ArtifactRenderer = {
  kind: "table",
  icon: "table",
  accepts: (mime) => mime === "text/csv" || mime === PARQUET_MIME,
  Component: lazy(() => import("./table-renderer.tsx")),
};
