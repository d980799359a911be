/** A table read from CSV: the header and the rows, every cell a string. */
export interface CsvTable {
  columns: string[];
  rows: string[][];
}

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). The first record is the header. */
export function parseCsv(text: string): CsvTable {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (quoted) {
      if (character === '"' && source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"' && field.length === 0) quoted = true;
    else if (character === ",") {
      record.push(field);
      field = "";
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && source[index + 1] === "\n") index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += character;
  }
  if (field.length > 0 || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [columns = [], ...rows] = records;
  return { columns, rows };
}

/** A cell as a number when the whole cell is one (so spreadsheets and Parquet get numbers), else null. */
export function numberOf(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const trimmed = cell.trim();
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Columns whose every non-empty cell is a number (and which have at least one). */
export function numericColumns(table: CsvTable): boolean[] {
  return table.columns.map((_, column) => {
    const cells = table.rows.map((row) => row[column] ?? "").filter((cell) => cell.trim() !== "");
    return cells.length > 0 && cells.every((cell) => numberOf(cell) !== null);
  });
}
