import type { DatasourceKindInfo } from "../datasource-kind-info.ts";

export const postgresKind: DatasourceKindInfo = {
  kind: "postgres",
  label: "PostgreSQL",
  built: true,
  description:
    "A PostgreSQL database, queried read-only over its own connection with a statement timeout and a row limit.",
};
