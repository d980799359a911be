import { describe, expect, it } from "vitest";
import { findHighlight } from "./find-highlight.ts";

describe("findHighlight", () => {
  const pieces = ["The AOA sen-", "sor system test takes ", "about 3 work-hours.", " Unrelated text."];

  it("marks the pieces a quote spans, across hyphenation and spacing", () => {
    expect(findHighlight(pieces, "The AOA sensor system test takes about 3 work-hours.")).toEqual([0, 1, 2]);
  });

  it("marks the beginning that is on the page when the quote runs on to the next page", () => {
    expect(
      findHighlight(pieces, "about 3 work-hours. Unrelated text. And more on page seven that is not here"),
    ).toEqual([2, 3]);
  });

  it("marks nothing for a quote that is not on the page", () => {
    expect(findHighlight(pieces, "Nothing of this sentence appears anywhere")).toEqual([]);
    expect(findHighlight(pieces, "  ")).toEqual([]);
  });
});
