import { describe, expect, it } from "vitest";
import { formatPercent } from "./format-percent.ts";

describe("formatPercent", () => {
  it("writes a zoom factor as the language writes percentages", () => {
    expect(formatPercent(1.25, "en")).toBe("125%");
    expect(formatPercent(0.5, "es")).toMatch(/^50\s%$/);
  });
});
