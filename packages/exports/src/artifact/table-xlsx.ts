import ExcelJS from "exceljs";
import { type CsvTable, numberOf, numericColumns } from "../csv.ts";

/** A table as an Excel workbook: one sheet, a bold frozen header, numeric columns as numbers. */
export async function buildTableXlsx(table: CsvTable, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Penny";
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Table", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const numeric = numericColumns(table);
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      table.columns.map((_, index) => (numeric[index] ? numberOf(row[index]) : (row[index] ?? ""))),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
