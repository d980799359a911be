import type { Cell } from "../data-table.tsx";

/**
 * The rows whose cell (in `column`, or in any column when it is null) contains `query`, ignoring case. Numbers are
 * matched as written in the file, so "2026" finds 2026.
 */
export function filterRows(rows: Cell[][], query: string, column: number | null): Cell[][] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === "") return rows;
  const matches = (cell: Cell | undefined) =>
    cell !== null && cell !== undefined && String(cell).toLocaleLowerCase().includes(needle);
  return rows.filter((row) => (column === null ? row.some(matches) : matches(row[column])));
}
