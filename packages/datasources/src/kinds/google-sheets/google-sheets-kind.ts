import type { DatasourceKindInfo } from "../datasource-kind-info.ts";

/** Declared so the UI and API can name it; connecting one is not built yet. */
export const googleSheetsKind: DatasourceKindInfo = {
  kind: "google_sheets",
  label: "Google Sheets",
  built: false,
  description:
    "Google Sheets datasources are not built yet; export the data to CSV or XLSX and upload it, or use PostgreSQL.",
};
