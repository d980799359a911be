import type { BuildExtraConfigColumns } from "drizzle-orm/column-builder";
import {
  type AnyPgColumn,
  foreignKey,
  type PgColumnBuilderBase,
  type PgTableExtraConfigValue,
  pgTable,
  primaryKey,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants } from "./platform.ts";
import { tenantPolicies } from "./roles.ts";

const tenantColumns = () => ({
  tenantId: uuid()
    .notNull()
    .references(() => tenants.id, { onDelete: "cascade" }),
  id: uuid().notNull().defaultRandom(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

type TenantColumns = ReturnType<typeof tenantColumns>;

/**
 * Declares a tenant-scoped table: `tenant_id`, `id`, `created_at`, a primary key on `(tenant_id, id)` so that
 * children reference their parent *within the same tenant* (foreign-key checks ignore row-level security), and the
 * isolation policies. `npm run db:generate` adds FORCE ROW LEVEL SECURITY and the grants to the migration.
 */
export function tenantTable<TName extends string, TColumns extends Record<string, PgColumnBuilderBase>>(
  name: TName,
  columns: TColumns,
  extraConfig?: (
    self: BuildExtraConfigColumns<TName, TenantColumns & TColumns, "pg">,
  ) => PgTableExtraConfigValue[],
) {
  return pgTable(name, { ...tenantColumns(), ...columns }, (self) => [
    primaryKey({ columns: [self.tenantId, self.id] }),
    ...tenantPolicies(),
    ...(extraConfig?.(self as BuildExtraConfigColumns<TName, TenantColumns & TColumns, "pg">) ?? []),
  ]);
}

interface TenantScopedTable {
  tenantId: AnyPgColumn;
  id: AnyPgColumn;
}

/**
 * A foreign key from `column` to `parent.id` that also matches `tenant_id`, so a row can never point at another
 * tenant's row. Deleting the parent deletes the child (a nullable reference must be cleared by the service first).
 */
export function sameTenant(tenantId: AnyPgColumn, column: AnyPgColumn, parent: TenantScopedTable) {
  return foreignKey({ columns: [tenantId, column], foreignColumns: [parent.tenantId, parent.id] }).onDelete(
    "cascade",
  );
}
