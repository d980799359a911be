import type { Cell } from "../query-result.ts";

const needsQuotes = /[",\r\n]|^\s|\s$/;

function field(value: Cell): string {
  const text = value === null ? "" : String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A query result as RFC 4180 CSV with a header row: the content of a table artifact. */
export function tableCsv(columns: string[], rows: Cell[][]): string {
  return [columns, ...rows].map((row) => row.map(field).join(",")).join("\r\n");
}
