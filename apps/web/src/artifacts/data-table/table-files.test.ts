import { parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { cellValue, parseCsv } from "../renderers/table/parse-csv.ts";
import { readParquetTable } from "../renderers/table/read-table.ts";
import { filterRows } from "./filter-rows.ts";
import { nextGridCell } from "./grid-keys.ts";
import { fileNameFrom, tableToCsv, tableToParquet } from "./table-files.ts";

const columns = ["name", "note", "amount"];
const rows = [
  ["Ada", 'said "hi", left', 12.5],
  ["Bo", "two\nlines", null],
  ["Cy", null, -3],
];

describe("table files", () => {
  it("writes RFC 4180 CSV that the table's own reader reads back cell for cell", () => {
    const csv = tableToCsv(columns, rows);
    expect(csv.split("\r\n")[1]).toBe('Ada,"said ""hi"", left",12.5');
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual(columns);
    expect(records.map((record) => record.map(cellValue))).toEqual(rows);
  });

  it("writes Parquet with numeric columns as numbers and nulls kept, readable by hyparquet and the renderer", async () => {
    const buffer = await tableToParquet(columns, rows, [false, false, true]);
    expect(await parquetReadObjects({ file: buffer })).toEqual([
      { name: "Ada", note: 'said "hi", left', amount: 12.5 },
      { name: "Bo", note: "two\nlines", amount: null },
      { name: "Cy", note: null, amount: -3 },
    ]);
    expect(await readParquetTable(buffer)).toEqual({ columns, rows });
  });

  it("names files after the title", () => {
    expect(fileNameFrom("Revenue: Q3 / EMEA", "csv")).toBe("Revenue-Q3-EMEA.csv");
    expect(fileNameFrom("///", "parquet")).toBe("table.parquet");
  });
});

describe("filterRows", () => {
  it("matches any column or one, ignoring case, and keeps every row for an empty query", () => {
    expect(filterRows(rows, "  ", null)).toBe(rows);
    expect(filterRows(rows, "LINES", null)).toEqual([rows[1]]);
    expect(filterRows(rows, "-3", 2)).toEqual([rows[2]]);
    expect(filterRows(rows, "ada", 1)).toEqual([]);
  });
});

describe("nextGridCell", () => {
  const size = { rows: 100, columns: 3 };
  it("moves by arrows, pages and Home/End, and stops at the edges", () => {
    expect(nextGridCell("ArrowDown", false, { row: 0, column: 0 }, size)).toEqual({ row: 1, column: 0 });
    expect(nextGridCell("ArrowUp", false, { row: 0, column: 1 }, size)).toEqual({ row: 0, column: 1 });
    expect(nextGridCell("ArrowRight", false, { row: 5, column: 2 }, size)).toEqual({ row: 5, column: 2 });
    expect(nextGridCell("PageDown", false, { row: 95, column: 1 }, size)).toEqual({ row: 99, column: 1 });
    expect(nextGridCell("Home", false, { row: 7, column: 2 }, size)).toEqual({ row: 7, column: 0 });
    expect(nextGridCell("End", true, { row: 7, column: 0 }, size)).toEqual({ row: 99, column: 2 });
    expect(nextGridCell("a", false, { row: 7, column: 0 }, size)).toBeNull();
  });
});
