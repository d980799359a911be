import { parquetWriteBuffer } from "hyparquet-writer";
import { type CsvTable, numberOf, numericColumns } from "../csv.ts";

/** A table as Parquet: numeric columns as nullable DOUBLE, the rest as UTF-8 strings (as the web app writes it). */
export function buildTableParquet(table: CsvTable): Uint8Array {
  const numeric = numericColumns(table);
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((name, index) =>
      numeric[index]
        ? { name, type: "DOUBLE" as const, data: table.rows.map((row) => numberOf(row[index])) }
        : { name, type: "STRING" as const, data: table.rows.map((row) => row[index] ?? null) },
    ),
  });
  return new Uint8Array(buffer);
}
