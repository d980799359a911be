import type { Cell } from "../data-table.tsx";

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as RFC 4180 CSV: a header record, then one record per row, CRLF between them. */
export function tableToCsv(columns: string[], rows: Cell[][]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((_, index) => csvField(row[index])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * A table as a Parquet file: numeric columns as nullable DOUBLE, the rest as UTF-8 strings. The writer is loaded
 * only when someone asks for Parquet.
 */
export async function tableToParquet(
  columns: string[],
  rows: Cell[][],
  numeric: boolean[],
): Promise<ArrayBuffer> {
  const { parquetWriteBuffer } = await import("hyparquet-writer");
  return parquetWriteBuffer({
    columnData: columns.map((name, index) =>
      numeric[index]
        ? {
            name,
            type: "DOUBLE" as const,
            data: rows.map((row) => (typeof row[index] === "number" ? row[index] : null)),
          }
        : {
            name,
            type: "STRING" as const,
            data: rows.map((row) => {
              const cell = row[index];
              return cell === null || cell === undefined ? null : String(cell);
            }),
          },
    ),
  });
}

/** Saves bytes as a file through a temporary blob: link (allowed by the page's CSP). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL can go after the current task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name made from a title: letters, digits, dashes. */
export function fileNameFrom(title: string, extension: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "table"}.${extension}`;
}
