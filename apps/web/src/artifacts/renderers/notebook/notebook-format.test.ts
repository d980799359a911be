import { describe, expect, it } from "vitest";
import { joinText, parseNotebook, stripAnsi } from "./notebook-format.ts";

describe("notebook format", () => {
  it("reads the cells and the language, and refuses what is not a notebook", () => {
    const notebook = parseNotebook(
      JSON.stringify({
        nbformat: 4,
        metadata: { kernelspec: { language: "python" } },
        cells: [{ cell_type: "markdown", source: "# A" }, { source: "no type" }, { cell_type: "code" }],
      }),
    );
    expect(notebook?.language).toBe("python");
    expect(notebook?.cells.map((cell) => cell.cell_type)).toEqual(["markdown", "code"]);
    expect(parseNotebook("not json")).toBeNull();
    expect(parseNotebook('{"nbformat":4}')).toBeNull();
  });

  it("joins nbformat's line lists and strips terminal colour codes from tracebacks", () => {
    expect(joinText(["a\n", "b"])).toBe("a\nb");
    expect(joinText("one")).toBe("one");
    expect(joinText(42)).toBe("");
    expect(stripAnsi("\u001b[0;31mValueError\u001b[0m: bad \u001b[1;32mvalue\u001b[0m")).toBe(
      "ValueError: bad value",
    );
  });
});
