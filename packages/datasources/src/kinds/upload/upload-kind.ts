import type { DatasourceKindInfo } from "../datasource-kind-info.ts";

export const uploadKind: DatasourceKindInfo = {
  kind: "upload",
  label: "Uploaded table (CSV/XLSX)",
  built: true,
  description:
    "A CSV or XLSX file uploaded to Penny, queried with SQL as one table in a private in-memory database.",
};
