import { type Column, getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "./database.ts";

export interface InsertInBatchesOptions {
  /** Rows per statement. They travel as one JSON parameter, so memory is the only limit. */
  batchSize?: number;
}

/**
 * Inserts many rows in a few statements. Each batch travels as one JSON parameter that the database unpacks
 * (`jsonb_array_elements`); a VALUES list would need a parameter per cell, and building and encoding those costs
 * drizzle and the driver about three times as long as the insert itself (measured on the demo seed). Drizzle still
 * writes the column list, casing included. Every row must have the same keys; a column the rows leave out gets its
 * default. Array columns are not supported.
 */
export async function insertInBatches<TTable extends PgTable>(
  tx: Tx,
  table: TTable,
  rows: readonly TTable["$inferInsert"][],
  options: InsertInBatchesOptions = {},
): Promise<void> {
  if (rows.length === 0) return;
  const batchSize = options.batchSize ?? 5000;
  const present = new Set(Object.keys(rows[0] as object));
  const values = Object.entries(getTableColumns(table))
    // The same columns drizzle lists: all but those the database always generates itself.
    .filter(([, column]) => column.generated === undefined || column.generated.type === "byDefault")
    .map(([key, column]) => columnValue(key, column, present.has(key)));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = JSON.stringify(rows.slice(start, start + batchSize));
    await tx
      .insert(table)
      .select(sql`select ${sql.join(values, sql`, `)} from jsonb_array_elements(${batch}::jsonb) as row`);
  }
}

/** How one column's value is read from a JSON row, or its default when the rows leave it out. */
function columnValue(key: string, column: Column, present: boolean): SQL {
  const type = column.getSQLType();
  if (type.endsWith("[]")) throw new TypeError(`insertInBatches cannot insert array column ${key}`);
  if (present) {
    return type === "json" || type === "jsonb"
      ? sql`(row -> ${key})::${sql.raw(type)}`
      : sql`(row ->> ${key})::${sql.raw(type)}`;
  }
  if (is(column.default, SQL)) return column.default;
  if (column.default !== undefined) return sql`${sql.param(column.default, column)}::${sql.raw(type)}`;
  return sql`null`;
}
