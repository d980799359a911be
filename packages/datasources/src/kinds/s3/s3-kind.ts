import type { DatasourceKindInfo } from "../datasource-kind-info.ts";

/** Declared so the UI and API can name it; connecting one is not built yet. */
export const s3Kind: DatasourceKindInfo = {
  kind: "s3",
  label: "Amazon S3",
  built: false,
  description:
    "Amazon S3 datasources are not built yet; export the data to CSV or XLSX and upload it, or use PostgreSQL.",
};
