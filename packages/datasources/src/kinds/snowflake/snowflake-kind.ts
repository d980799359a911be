import type { DatasourceKindInfo } from "../datasource-kind-info.ts";

/** Declared so the UI and API can name it; connecting one is not built yet. */
export const snowflakeKind: DatasourceKindInfo = {
  kind: "snowflake",
  label: "Snowflake",
  built: false,
  description:
    "Snowflake datasources are not built yet; export the data to CSV or XLSX and upload it, or use PostgreSQL.",
};
