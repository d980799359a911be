import { bigqueryKind } from "./bigquery/bigquery-kind.ts";
import type { DatasourceKind, DatasourceKindInfo } from "./datasource-kind-info.ts";
import { googleSheetsKind } from "./google-sheets/google-sheets-kind.ts";
import { postgresKind } from "./postgres/postgres-kind.ts";
import { s3Kind } from "./s3/s3-kind.ts";
import { snowflakeKind } from "./snowflake/snowflake-kind.ts";
import { uploadKind } from "./upload/upload-kind.ts";

/** Every datasource kind, built or only declared; a new kind is a folder plus one line here. */
export const datasourceKindRegistry: readonly DatasourceKindInfo[] = [
  postgresKind,
  uploadKind,
  bigqueryKind,
  snowflakeKind,
  googleSheetsKind,
  s3Kind,
];

/** The registry entry of a kind. */
export function kindInfo(kind: DatasourceKind): DatasourceKindInfo {
  const info = datasourceKindRegistry.find((entry) => entry.kind === kind);
  if (!info) throw new Error(`Datasource kind ${kind} is missing from the registry`);
  return info;
}
