import { normalizeText } from "./normalize-text.ts";
import { asSchema } from "./schema-view.ts";
import { isStopword } from "./stopwords.ts";

/** Rows of a small table, each an object of column → value. */
export type TableRows = Record<string, unknown>[];

function isRowList(value: unknown): value is TableRows {
  return Array.isArray(value) && value.length > 0 && value.every((row) => asSchema(row) !== undefined);
}

function fromJson(text: string): TableRows | undefined {
  const match = /\[[\s\S]*\]/.exec(text);
  if (!match) return undefined;
  try {
    const parsed: unknown = JSON.parse(match[0]);
    return isRowList(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function cellValue(cell: string): unknown {
  const number = Number(cell.replace(/[\s$€%]/g, "").replace(/,(?=\d{3}\b)/g, ""));
  return cell.trim() !== "" && Number.isFinite(number) ? number : cell.trim();
}

function fromDelimited(text: string): TableRows | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /[|,;\t]/.test(line) && !/^\|?\s*:?-{2,}/.test(line));
  if (lines.length < 3) return undefined;
  const separator = lines[0]?.includes("|")
    ? "|"
    : lines[0]?.includes("\t")
      ? "\t"
      : lines[0]?.includes(";")
        ? ";"
        : ",";
  const split = (line: string) =>
    line
      .split(separator)
      .map((cell) => cell.trim())
      .filter((cell, index, all) => cell !== "" || (index > 0 && index < all.length - 1));
  const headers = split(lines[0] ?? "");
  if (headers.length < 2) return undefined;
  const rows = lines
    .slice(1)
    .map((line) =>
      Object.fromEntries(
        split(line).map((cell, index) => [headers[index] ?? `column${index + 1}`, cellValue(cell)]),
      ),
    );
  return rows.every((row) => Object.keys(row).length === headers.length) ? rows : undefined;
}

function fromPairs(text: string): TableRows | undefined {
  const pairs = [
    ...text.matchAll(
      /(?:^|[\s,;:(])([\p{L}][\p{L}\p{N}'’-]*(?:\s[\p{L}\p{N}][\p{L}\p{N}'’-]*)?)\s*[:=]?\s+(-?\d+(?:[.,]\d+)?)(?=\s*(?:[,;)]|\s(?:and|y)\s|$|\n))/gu,
    ),
  ];
  if (pairs.length < 2) return undefined;
  // A label is one or two words; a leading filler word ("con Norte", "and Beta") is not part of it.
  const label = (raw: string) => {
    const words = raw.trim().split(/\s+/);
    return (words.length > 1 && isStopword(normalizeText(words[0] ?? "")) ? words.slice(1) : words).join(" ");
  };
  return pairs.map((pair) => ({
    category: label(pair[1] ?? ""),
    value: Number((pair[2] ?? "").replace(",", ".")),
  }));
}

/** A table written in the message: a JSON array of objects, CSV/Markdown lines, or "Q1 10, Q2 20" pairs. */
export function parseTableFromText(text: string): TableRows | undefined {
  return fromJson(text) ?? fromDelimited(text) ?? fromPairs(text);
}

/** The largest list of row objects inside a tool result (e.g. a KPI time series), searched a few levels deep. */
export function findTableInValue(value: unknown, depth = 0): TableRows | undefined {
  if (depth > 4 || value === null || typeof value !== "object") return undefined;
  if (isRowList(value)) return value;
  let best: TableRows | undefined;
  for (const child of Object.values(value)) {
    const found = findTableInValue(child, depth + 1);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}

/** The column to put on the x axis (the first text or date column) and on the y axis (preferring `wanted`). */
export function pickAxes(rows: TableRows, wanted: (column: string) => boolean): { x?: string; y?: string } {
  const first = rows[0] ?? {};
  const columns = Object.keys(first);
  const numeric = columns.filter((column) => typeof first[column] === "number");
  const text = columns.filter((column) => typeof first[column] === "string");
  const dateLike = text.find((column) => /date|day|time|month|period|fecha|dia|mes/i.test(column));
  return { x: dateLike ?? text[0], y: numeric.find(wanted) ?? numeric[0] };
}
