import { describe, expect, it } from "vitest";
import { notebookKind } from "./notebook-kind.ts";

const MIME = "application/x-ipynb+json";
const notebook = (value: unknown) => () =>
  notebookKind.validate(new TextEncoder().encode(JSON.stringify(value)), MIME);

describe("notebookKind", () => {
  it("accepts nbformat 4 with a cells array", () => {
    expect(notebook({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] })).not.toThrow();
  });

  it("refuses other formats, missing cells and cells without a type", () => {
    expect(notebook({ nbformat: 3, worksheets: [] })).toThrow(/nbformat 4.*says 3/);
    expect(notebook({ nbformat: 4 })).toThrow(/no cells array/);
    expect(notebook({ nbformat: 4, cells: [{ source: "x" }] })).toThrow(/Cell 0/);
    expect(notebook([])).toThrow(/JSON object/);
  });
});
