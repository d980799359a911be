import { describe, expect, it } from "vitest";
import { inferFieldType } from "./infer-field-type.ts";

describe("inferFieldType", () => {
  it.each([
    [[1, 2.5, -3, null], "quantitative"],
    [["2026-01-31", "2026-02-28"], "temporal"],
    [["2026-01-31T10:00:00Z", "2026-01-31T11:00:00.5+02:00"], "temporal"],
    [["2026-13-45"], "nominal"],
    [["North", "South"], "nominal"],
    [["1", "2"], "nominal"],
    [[1, "2"], "nominal"],
    [[true, false], "nominal"],
    [[Number.NaN], "nominal"],
    [[null, undefined], "nominal"],
  ])("%j → %s", (values, expected) => {
    expect(inferFieldType(values)).toBe(expected);
  });
});
