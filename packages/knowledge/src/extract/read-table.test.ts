import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DocumentCorruptError } from "../errors/document-corrupt-error.ts";
import { TableTooLargeError } from "../errors/table-too-large-error.ts";
import { readTable } from "./read-table.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sales 2024");
  for (const row of rows) sheet.addRow(row);
  sheet.getCell("D2").value = { formula: "B2*C2", result: 30 };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("readTable", () => {
  it("reads a CSV with typed cells, empty cells as null and named blank columns", async () => {
    const csv = '\uFEFFregion,revenue,active,\n"North, upper",120.5,true,x\nSouth,,false,\n';
    expect(await readTable({ bytes: utf8(csv), format: "csv" })).toEqual({
      columns: ["region", "revenue", "active", "column_4"],
      rows: [
        ["North, upper", 120.5, true, "x"],
        ["South", null, false, null],
      ],
    });
  });

  it("reads the first sheet of an XLSX, formulas as their result", async () => {
    const bytes = await workbook([
      ["product", "units", "price", "total"],
      ["chair", 3, 10, null],
    ]);
    expect(await readTable({ bytes, format: "xlsx" })).toEqual({
      columns: ["product", "units", "price", "total"],
      rows: [["chair", 3, 10, 30]],
      sheet: "Sales 2024",
    });
  });

  it("refuses tables over the caps with a message naming the cap", async () => {
    const csv = utf8("a,b\n1,2\n3,4\n5,6\n");
    await expect(readTable({ bytes: csv, format: "csv", limits: { maxRows: 2 } })).rejects.toThrow(
      "The table has more rows than Penny reads (the limit is 2).",
    );
    await expect(readTable({ bytes: csv, format: "csv", limits: { maxColumns: 1 } })).rejects.toBeInstanceOf(
      TableTooLargeError,
    );
    const wide = utf8(`a\n${"x".repeat(50)}\n`);
    await expect(readTable({ bytes: wide, format: "csv", limits: { maxCellChars: 10 } })).rejects.toThrow(
      /a cell/,
    );
  });

  it("refuses a damaged XLSX and a CSV that is not UTF-8", async () => {
    await expect(readTable({ bytes: utf8("PK\u0003\u0004 broken"), format: "xlsx" })).rejects.toBeInstanceOf(
      DocumentCorruptError,
    );
    await expect(
      readTable({ bytes: Uint8Array.from([0x61, 0x2c, 0xff, 0x0a]), format: "csv" }),
    ).rejects.toThrow(/not valid UTF-8/);
  });
});
