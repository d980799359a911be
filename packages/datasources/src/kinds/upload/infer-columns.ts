import type { UploadColumn } from "./upload-config.ts";

const integerPattern = /^-?\d+$/;
const numericPattern = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const booleanPattern = /^(true|false)$/i;
const INT_LIMIT = 2_147_483_647;

/** A header made into a plain SQL name: lower case, letters/digits/underscores, unique, never empty. */
function sqlNames(header: string[]): string[] {
  const used = new Set<string>();
  return header.map((title, index) => {
    let base = title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 50);
    if (base === "") base = `column_${index + 1}`;
    if (/^\d/.test(base)) base = `c_${base}`;
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}_${suffix}`;
    used.add(name);
    return name;
  });
}

function isDate(value: string): boolean {
  return datePattern.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The narrowest type every non-empty value of a column fits: integer, numeric, date, boolean, else text. */
function inferType(values: string[]): UploadColumn["type"] {
  const present = values.map((value) => value.trim()).filter((value) => value !== "");
  if (present.length === 0) return "text";
  if (present.every((value) => integerPattern.test(value))) {
    return present.every((value) => Math.abs(Number(value)) <= INT_LIMIT) ? "integer" : "bigint";
  }
  if (present.every((value) => numericPattern.test(value))) return "numeric";
  if (present.every(isDate)) return "date";
  if (present.every((value) => booleanPattern.test(value))) return "boolean";
  return "text";
}

/** Typed columns for a table, inferred from all of its rows. */
export function inferColumns(header: string[], rows: string[][]): UploadColumn[] {
  const names = sqlNames(header);
  return header.map((title, index) => ({
    name: names[index] ?? `column_${index + 1}`,
    header: title,
    type: inferType(rows.map((row) => row[index] ?? "")),
  }));
}

/** A table name from the datasource's name, by the same rule as column names. */
export function tableNameFor(name: string): string {
  return sqlNames([name])[0] ?? "data";
}
