/** What the schema browser and the model see of a datasource: tables and their columns, capped. */
export interface DatasourceSchema {
  tables: { schema: string; name: string; columns: { name: string; type: string }[] }[];
  /** True when the datasource has more columns than the cap. */
  truncated: boolean;
}

export const MAX_SCHEMA_TABLES = 200;

/** Column rows (ordered by table) grouped into tables, at most MAX_SCHEMA_TABLES. */
export function groupColumns(
  rows: { schema: string; table: string; column: string; type: string }[],
  truncated: boolean,
): DatasourceSchema {
  const tables: DatasourceSchema["tables"] = [];
  for (const row of rows) {
    let table = tables.at(-1);
    if (!table || table.schema !== row.schema || table.name !== row.table) {
      if (tables.length === MAX_SCHEMA_TABLES) return { tables, truncated: true };
      table = { schema: row.schema, name: row.table, columns: [] };
      tables.push(table);
    }
    table.columns.push({ name: row.column, type: row.type });
  }
  return { tables, truncated };
}
