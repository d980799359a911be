import type { schema } from "@penny/db";

/** A datasource kind as stored (`datasources.kind`), listed once in the database schema. */
export type DatasourceKind = (typeof schema.datasourceKinds)[number];

/** What the UI and API show of a kind: its name, whether it can be connected, and a sentence about it. */
export interface DatasourceKindInfo {
  kind: DatasourceKind;
  label: string;
  built: boolean;
  description: string;
}
