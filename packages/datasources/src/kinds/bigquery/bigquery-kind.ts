import type { DatasourceKindInfo } from "../datasource-kind-info.ts";

/** Declared so the UI and API can name it; connecting one is not built yet. */
export const bigqueryKind: DatasourceKindInfo = {
  kind: "bigquery",
  label: "BigQuery",
  built: false,
  description:
    "BigQuery datasources are not built yet; export the data to CSV or XLSX and upload it, or use PostgreSQL.",
};
