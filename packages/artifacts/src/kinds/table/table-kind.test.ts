import { describe, expect, it } from "vitest";
import { parquetBytes } from "../../__fixtures__/sample-content.ts";
import { parseCsv } from "./parse-csv.ts";
import { tableKind } from "./table-kind.ts";

const csv = (value: string) => () => tableKind.validate(new TextEncoder().encode(value), "text/csv");

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks (RFC 4180)", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["two\nlines", ""],
    ]);
  });

  it("treats the final line break as optional", () => {
    expect(parseCsv("a,b\n1,2")).toEqual(parseCsv("a,b\n1,2\n"));
  });
});

describe("tableKind", () => {
  it("accepts a header with rows of the same width, and a header alone", () => {
    expect(csv("id,name\n1,Ada\n2,Grace\n")).not.toThrow();
    expect(csv("id,name\n")).not.toThrow();
  });

  it("refuses rows whose column count differs from the header, naming the row", () => {
    expect(csv("id,name\n1,Ada\n2\n")).toThrow("The CSV header has 2 columns but row 2 has 1.");
  });

  it("refuses broken quoting and empty files", () => {
    expect(csv('a,b\n"open,1\n')).toThrow(/never closed/);
    expect(csv('a,b\n"x"y,1\n')).toThrow(/closing quote/);
    expect(csv('a,b\nx"y,1\n')).toThrow(/quote inside an unquoted field/);
    expect(csv("")).toThrow(/empty/);
  });

  it("accepts Parquet with PAR1 at both ends and refuses it otherwise", () => {
    const parquet = "application/vnd.apache.parquet";
    expect(() => tableKind.validate(parquetBytes(), parquet)).not.toThrow();
    const truncated = parquetBytes().subarray(0, 16);
    expect(() => tableKind.validate(truncated, parquet)).toThrow(/PAR1/);
    expect(() => tableKind.validate(parquetBytes(1000), parquet)).toThrow(/truncated/);
  });
});
