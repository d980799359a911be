/** A cell as JSON can carry it: dates as ISO strings, big numbers as strings. */
export type Cell = string | number | boolean | null;

/** What a query answered: its columns in order, at most the row limit of rows, and whether more were cut off. */
export interface QueryResult {
  columns: string[];
  rows: Cell[][];
  truncated: boolean;
  rowLimit: number;
}

/** A value from a driver made JSON-safe. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  return JSON.stringify(value);
}

/** Keeps the first `rowLimit` rows and says whether there were more. */
export function limitRows(columns: string[], rows: unknown[][], rowLimit: number): QueryResult {
  return {
    columns,
    rows: rows.slice(0, rowLimit).map((row) => row.map(toCell)),
    truncated: rows.length > rowLimit,
    rowLimit,
  };
}
