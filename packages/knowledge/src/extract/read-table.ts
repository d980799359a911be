import ExcelJS from "exceljs";
import Papa from "papaparse";
import { decodeUtf8 } from "../detect/detect-file-type.ts";
import { DocumentCorruptError } from "../errors/document-corrupt-error.ts";
import { TableTooLargeError } from "../errors/table-too-large-error.ts";
import { guardZip, type ZipLimits } from "./guard-zip.ts";

/** One cell of a table read from CSV or XLSX. */
export type TableCell = string | number | boolean | null;

/** A table: column names from the first row, then the rows. */
export interface ReadTableResult {
  columns: string[];
  rows: TableCell[][];
  /** The worksheet read (XLSX: the first one). */
  sheet?: string;
}

/** Caps on what readTable accepts. */
export interface TableLimits {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
}

/** 100,000 rows, 500 columns, 10,000 characters a cell. */
export const defaultTableLimits: TableLimits = { maxRows: 100_000, maxColumns: 500, maxCellChars: 10_000 };

/** Reads a CSV or the first sheet of an XLSX into columns and rows, within the caps. */
export async function readTable(input: {
  bytes: Uint8Array;
  format: "csv" | "xlsx";
  limits?: Partial<TableLimits>;
  zipLimits?: ZipLimits;
}): Promise<ReadTableResult> {
  const limits = { ...defaultTableLimits, ...input.limits };
  const { grid, sheet } = input.format === "csv" ? readCsv(input.bytes) : await readXlsx(input);
  const [header = [], ...rows] = grid.filter((row) => row.some((cell) => cell !== null && cell !== ""));
  if (rows.length > limits.maxRows) throw new TableTooLargeError("rows", limits.maxRows);
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  if (width > limits.maxColumns) throw new TableTooLargeError("columns", limits.maxColumns);
  for (const row of [header, ...rows]) {
    for (const cell of row) {
      if (typeof cell === "string" && cell.length > limits.maxCellChars)
        throw new TableTooLargeError("characters in a cell", limits.maxCellChars);
    }
  }
  const columns = columnNames(header, width);
  const padded = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null));
  return sheet === undefined ? { columns, rows: padded } : { columns, rows: padded, sheet };
}

function readCsv(bytes: Uint8Array): { grid: TableCell[][]; sheet?: string } {
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new DocumentCorruptError("CSV", "it is not valid UTF-8 text");
  const parsed = Papa.parse<unknown[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: true,
    dynamicTyping: true,
  });
  const fatal = parsed.errors.find((error) => error.type === "Quotes");
  if (fatal) throw new DocumentCorruptError("CSV", `row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  return { grid: parsed.data.map((row) => row.map(toCell)) };
}

async function readXlsx(input: {
  bytes: Uint8Array;
  zipLimits?: ZipLimits;
}): Promise<{ grid: TableCell[][]; sheet?: string }> {
  guardZip(input.bytes, "Excel (XLSX)", input.zipLimits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength) as never,
    );
  } catch (error) {
    throw new DocumentCorruptError("Excel (XLSX)", error instanceof Error ? error.message : undefined);
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return { grid: [] };
  const grid: TableCell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: TableCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = toCell(cell.value);
    });
    grid.push(Array.from({ length: cells.length }, (_, index) => cells[index] ?? null));
  });
  return { grid, sheet: worksheet.name };
}

/** A spreadsheet or CSV value as a plain cell: formulas give their result, dates an ISO string, rich text its text. */
function toCell(value: unknown): TableCell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("result" in record) return toCell(record.result);
    if (Array.isArray(record.richText))
      return record.richText.map((part) => String((part as { text?: unknown }).text ?? "")).join("");
    if ("text" in record) return toCell(record.text);
    if ("error" in record) return null;
  }
  return String(value);
}

function columnNames(header: TableCell[], width: number): string[] {
  const used = new Set<string>();
  return Array.from({ length: width }, (_, index) => {
    const base = String(header[index] ?? "").trim() || `column_${index + 1}`;
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}_${suffix}`;
    used.add(name);
    return name;
  });
}
