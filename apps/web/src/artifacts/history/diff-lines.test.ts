import { describe, expect, it } from "vitest";
import { comparableText, isDiffable, lineDiff } from "./diff-lines.ts";

describe("lineDiff", () => {
  it("marks each line kept, removed or added, in order", () => {
    expect(lineDiff("a\nb\nc\n", "a\nB\nc\nd\n")).toEqual([
      { type: "unchanged", text: "a" },
      { type: "removed", text: "b" },
      { type: "added", text: "B" },
      { type: "unchanged", text: "c" },
      { type: "added", text: "d" },
    ]);
  });

  it("compares JSON pretty-printed, so a one-line chart spec diffs by field", () => {
    const before = comparableText('{"mark":"bar","title":"Revenue"}', "application/vnd.vegalite+json");
    const after = comparableText('{"mark":"line","title":"Revenue"}', "application/vnd.vegalite+json");
    const changed = lineDiff(before, after)?.filter((line) => line.type !== "unchanged");
    expect(changed).toEqual([
      { type: "removed", text: '  "mark": "bar",' },
      { type: "added", text: '  "mark": "line",' },
    ]);
  });

  it("diffs text kinds and CSV tables, not Parquet tables or images", () => {
    expect(isDiffable({ kind: "table", mime: "text/csv" })).toBe(true);
    expect(isDiffable({ kind: "table", mime: "application/vnd.apache.parquet" })).toBe(false);
    expect(isDiffable({ kind: "diagram", mime: "text/vnd.mermaid" })).toBe(true);
    expect(isDiffable({ kind: "image", mime: "image/png" })).toBe(false);
  });
});
