import ExcelJS from "exceljs";
import Papa from "papaparse";
import { DatasourceConfigInvalidError } from "../../errors/datasource-config-invalid-error.ts";

/** The most rows an uploaded table may have: it is loaded into memory for each process that queries it. */
export const MAX_UPLOAD_ROWS = 200_000;

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A table as text cells: the header row and the data rows (each as long as the header, "" for empty). */
export interface RawTable {
  header: string[];
  rows: string[][];
}

/** Whether a file (by MIME type or name) is a CSV or an XLSX this package can load. */
export function tableFormatOf(mime: string, name: string): "csv" | "xlsx" | undefined {
  if (mime === XLSX_MIME || /\.xlsx$/i.test(name)) return "xlsx";
  if (mime === "text/csv" || mime === "application/csv" || /\.csv$/i.test(name)) return "csv";
  return undefined;
}

/**
 * Reads the first sheet of an XLSX, or a CSV, into text cells. Parsed here with papaparse and exceljs because the
 * shared `readTable` of @penny/knowledge was not there yet when this was written.
 */
export async function readUploadTable(bytes: Uint8Array, format: "csv" | "xlsx"): Promise<RawTable> {
  const records = format === "csv" ? readCsv(bytes) : await readXlsx(bytes);
  const [header, ...rows] = records.filter((record) => record.some((cell) => cell.trim() !== ""));
  if (!header)
    throw new DatasourceConfigInvalidError("The file has no rows; it needs at least a header row.");
  if (rows.length > MAX_UPLOAD_ROWS) {
    throw new DatasourceConfigInvalidError(
      `The file has ${rows.length} rows; an uploaded datasource may have at most ${MAX_UPLOAD_ROWS}.`,
    );
  }
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const pad = (row: string[]) => Array.from({ length: width }, (_, index) => row[index] ?? "");
  return { header: pad(header), rows: rows.map(pad) };
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const fatal = parsed.errors.find((error) => error.type === "Quotes");
  if (fatal) {
    throw new DatasourceConfigInvalidError(
      `The CSV cannot be read at row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`,
    );
  }
  return parsed.data;
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new DatasourceConfigInvalidError("The file is not a readable XLSX workbook.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DatasourceConfigInvalidError("The workbook has no sheet.");
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records.push(Array.from(cells, (cell) => cell ?? ""));
  });
  return records;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}
