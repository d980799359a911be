import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "./schema/index.ts";

/** The tables declared in the schema, split into tenant-scoped (with `tenant_id`) and platform tables. */
export function schemaTables(): { tenant: string[]; platform: string[] } {
  const tenant: string[] = [];
  const platform: string[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    const scoped = config.columns.some((column) => column.name === "tenantId" || column.name === "tenant_id");
    (scoped ? tenant : platform).push(config.name);
  }
  return { tenant: tenant.sort(), platform: platform.sort() };
}
