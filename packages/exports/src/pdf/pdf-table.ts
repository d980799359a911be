import type { CsvTable } from "../csv.ts";
import { ensureSpace, FONTS } from "./pdf-document.ts";

/** Past this many rows a PDF shows the first ones and says how many it left out; the full table is in the zip. */
export const PDF_TABLE_MAX_ROWS = 500;
const PDF_TABLE_MAX_COLUMNS = 8;
const FONT_SIZE = 8;
const PADDING = 3;

/**
 * Draws a table as a real table: a grid of cells, the header repeated on every page the table runs onto. Wide
 * tables show their first columns and say so.
 */
export function drawTable(doc: PDFKit.PDFDocument, table: CsvTable): void {
  const columns = table.columns.slice(0, PDF_TABLE_MAX_COLUMNS);
  const rows = table.rows.slice(0, PDF_TABLE_MAX_ROWS);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const cellWidth = width / Math.max(1, columns.length);
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(FONT_SIZE);
    return (
      Math.max(
        ...cells.map((cell) => doc.heightOfString(cell || " ", { width: cellWidth - 2 * PADDING })),
        FONT_SIZE,
      ) +
      2 * PADDING
    );
  };
  const drawRow = (cells: string[], header: boolean) => {
    const font = header ? FONTS.bold : FONTS.body;
    const height = rowHeight(cells, font);
    const top = doc.y;
    if (header) doc.rect(left, top, width, height).fill("#eeeeee");
    doc.fillColor("#000000").strokeColor("#999999").lineWidth(0.5);
    cells.forEach((cell, index) => {
      const x = left + index * cellWidth;
      doc.rect(x, top, cellWidth, height).stroke();
      doc
        .font(font)
        .fontSize(FONT_SIZE)
        .text(cell, x + PADDING, top + PADDING, { width: cellWidth - 2 * PADDING });
    });
    doc.x = left;
    doc.y = top + height;
  };
  ensureSpace(doc, 3 * (FONT_SIZE + 2 * PADDING));
  drawRow(columns, true);
  for (const row of rows) {
    const cells = columns.map((_, index) => row[index] ?? "");
    if (doc.y + rowHeight(cells, FONTS.body) > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(columns, true);
    }
    drawRow(cells, false);
  }
  const leftOut: string[] = [];
  if (table.rows.length > rows.length) leftOut.push(`${table.rows.length - rows.length} more rows`);
  if (table.columns.length > columns.length)
    leftOut.push(`${table.columns.length - columns.length} more columns`);
  doc.moveDown(0.5).font(FONTS.body).fontSize(8).fillColor("#555555");
  doc.text(
    `${table.rows.length} rows × ${table.columns.length} columns${leftOut.length ? ` (${leftOut.join(", ")} not shown)` : ""}`,
    left,
  );
  doc.fillColor("#000000").moveDown(0.5);
}
