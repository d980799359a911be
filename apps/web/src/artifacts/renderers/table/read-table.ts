import type { Cell } from "../../data-table.tsx";
import { cellValue, parseCsv } from "./parse-csv.ts";

export const PARQUET_MIME = "application/vnd.apache.parquet";

/** A table as the data grid takes it. */
export interface TableData {
  columns: string[];
  rows: Cell[][];
}

/** A CSV file: the first record names the columns. */
export function readCsvTable(text: string): TableData {
  const [header = [], ...records] = parseCsv(text);
  return { columns: header, rows: records.map((record) => record.map(cellValue)) };
}

/** One Parquet value as a cell: big integers become numbers, dates ISO text, anything nested JSON. */
function parquetCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value, (_, inner) => (typeof inner === "bigint" ? Number(inner) : inner));
}

/** A Parquet file, read in the browser with hyparquet (loaded only when a Parquet table opens). */
export async function readParquetTable(buffer: ArrayBuffer): Promise<TableData> {
  const { parquetMetadata, parquetReadObjects, parquetSchema } = await import("hyparquet");
  const metadata = parquetMetadata(buffer);
  const columns = parquetSchema(metadata).children.map((child) => child.element.name);
  const records = await parquetReadObjects({ file: buffer, metadata });
  return { columns, rows: records.map((record) => columns.map((column) => parquetCell(record[column]))) };
}
