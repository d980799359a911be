import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Tx } from "../database.ts";
import { resultRows } from "../result-rows.ts";
import { type CatalogueColumn, type CatalogueForeignKey, readCatalogue } from "./catalogue.ts";

export type Row = Record<string, unknown>;

export interface IsolationFixture {
  tenantA: string;
  tenantB: string;
  /** Tenant-scoped tables (those with a tenant_id column), parents before children. */
  tables: string[];
  /** The one row each tenant got in each table, as JSON. */
  rows: Record<string, { a: Row; b: Row }>;
  users: { a: string; b: string };
}

/**
 * Fills every tenant-scoped table of a migrated database with one row for each of two tenants, working only from
 * the live catalogue: a table added tomorrow is covered without anyone editing this file. Values for required
 * columns come from their type; foreign keys point at the same tenant's parent rows.
 */
export async function buildIsolationFixture(database: Database): Promise<IsolationFixture> {
  const { columns, foreignKeys } = await readCatalogue(database);
  const byTable = groupBy(columns, (column) => column.table);
  const tables = [...byTable.keys()].filter((table) =>
    byTable.get(table)?.some((c) => c.column === "tenant_id"),
  );
  const ordered = parentsFirst(tables, foreignKeys);

  return database.withPlatform(async (tx) => {
    const tenantA = await insertRow(tx, "tenants", { slug: `iso-a-${suffix()}`, name: "Isolation A" });
    const tenantB = await insertRow(tx, "tenants", { slug: `iso-b-${suffix()}`, name: "Isolation B" });
    const userA = await insertRow(tx, "users", { email: `a-${suffix()}@iso.test`, name: "User A" });
    const userB = await insertRow(tx, "users", { email: `b-${suffix()}@iso.test`, name: "User B" });
    const plugin = await insertRow(tx, "plugins", {
      name: `iso-${suffix()}`,
      version: "1.0.0",
      publisher: "isolation test",
      manifest: {},
    });
    const outside: Record<string, Record<"a" | "b", Row>> = {
      tenants: { a: tenantA, b: tenantB },
      users: { a: userA, b: userB },
      plugins: { a: plugin, b: plugin },
    };
    const rows: IsolationFixture["rows"] = {};
    for (const table of ordered) {
      const pair = {} as { a: Row; b: Row };
      for (const side of ["a", "b"] as const) {
        const values: Row = {};
        for (const foreignKey of foreignKeys.filter(
          (fk) => fk.table === table && fk.referencedTable !== table,
        )) {
          const parent =
            rows[foreignKey.referencedTable]?.[side] ?? outside[foreignKey.referencedTable]?.[side];
          if (!parent)
            throw new Error(`No fixture row for ${foreignKey.referencedTable}, referenced by ${table}`);
          foreignKey.columns.forEach((column, index) => {
            values[column] = parent[foreignKey.referencedColumns[index] as string];
          });
        }
        for (const column of byTable.get(table) ?? []) {
          if (column.column in values || !column.notNull || column.hasDefault) continue;
          values[column.column] = valueForType(column, side);
        }
        const stored = await insertRow(tx, table, values);
        // Generated columns are the database's to write: keep them out of rows the tests insert again.
        for (const column of byTable.get(table) ?? []) if (column.generated) delete stored[column.column];
        pair[side] = stored;
      }
      rows[table] = pair;
    }
    return {
      tenantA: tenantA.id as string,
      tenantB: tenantB.id as string,
      tables: ordered,
      rows,
      users: { a: userA.id as string, b: userB.id as string },
    };
  });
}

/** Inserts `values` (column → JSON value) and returns the stored row as JSON; PostgreSQL does the type casts. */
export async function insertRow(tx: Tx, table: string, values: Row): Promise<Row> {
  const columns = Object.keys(values).map((column) => sql.identifier(column));
  const result = await tx.execute(sql`
    insert into ${sql.identifier(table)} (${sql.join(columns, sql`, `)})
    select ${sql.join(columns, sql`, `)} from json_populate_record(null::${sql.identifier(table)}, ${JSON.stringify(values)}::json)
    returning to_json(${sql.identifier(table)}.*) as row`);
  const row = resultRows<{ row: Row }>(result)[0]?.row;
  if (!row) throw new Error(`Insert into ${table} returned nothing`);
  return row;
}

function valueForType(column: CatalogueColumn, side: "a" | "b"): unknown {
  const type = column.type;
  if (type.endsWith("[]")) return [];
  if (type === "uuid") return randomUUID();
  if (type === "text" || type.startsWith("character"))
    return `${column.table}.${column.column} ${side} ${suffix()}`;
  if (/^(integer|bigint|smallint|numeric|real|double precision)/.test(type)) return 1;
  if (type === "boolean") return false;
  if (type === "date") return "2024-01-01";
  if (type.startsWith("timestamp")) return new Date().toISOString();
  if (type === "jsonb" || type === "json") return {};
  if (type === "bytea") return "\\x00";
  throw new Error(
    `The isolation fixture has no value for ${column.table}.${column.column} of type ${type}; add one.`,
  );
}

function parentsFirst(tables: string[], foreignKeys: CatalogueForeignKey[]): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table)) return;
    if (visiting.has(table)) throw new Error(`Foreign keys form a cycle through ${table}`);
    visiting.add(table);
    for (const fk of foreignKeys) {
      if (fk.table === table && fk.referencedTable !== table && tables.includes(fk.referencedTable)) {
        visit(fk.referencedTable);
      }
    }
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of [...tables].sort()) visit(table);
  return ordered;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function suffix(): string {
  return randomUUID().slice(0, 8);
}
