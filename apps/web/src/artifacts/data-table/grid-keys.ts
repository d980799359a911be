/** A cell of the data grid: its row in the rows shown and its column. */
export interface GridCell {
  row: number;
  column: number;
}

/** Rows a Page Up / Page Down moves. */
const PAGE_ROWS = 10;

/**
 * Where a key moves the active cell in a grid of `rows` × `columns` (the ARIA grid pattern's keys), or null when
 * the key is not a grid key.
 */
export function nextGridCell(
  key: string,
  ctrlKey: boolean,
  current: GridCell,
  size: { rows: number; columns: number },
): GridCell | null {
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  switch (key) {
    case "ArrowDown":
      return { ...current, row: Math.min(lastRow, current.row + 1) };
    case "ArrowUp":
      return { ...current, row: Math.max(0, current.row - 1) };
    case "ArrowRight":
      return { ...current, column: Math.min(lastColumn, current.column + 1) };
    case "ArrowLeft":
      return { ...current, column: Math.max(0, current.column - 1) };
    case "PageDown":
      return { ...current, row: Math.min(lastRow, current.row + PAGE_ROWS) };
    case "PageUp":
      return { ...current, row: Math.max(0, current.row - PAGE_ROWS) };
    case "Home":
      return ctrlKey ? { row: 0, column: 0 } : { ...current, column: 0 };
    case "End":
      return ctrlKey ? { row: lastRow, column: lastColumn } : { ...current, column: lastColumn };
    default:
      return null;
  }
}
