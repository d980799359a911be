import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalHash } from "./hashing.ts";

describe("canonicalHash", () => {
  it("is the SHA-256 of the sorted-key JSON, so key order does not matter", () => {
    const expected = createHash("sha256").update('{"a":[1,{"c":true,"d":null}],"b":"x"}').digest("hex");
    expect(canonicalHash({ b: "x", a: [1, { d: null, c: true }] })).toBe(expected);
    expect(canonicalHash({ a: [1, { c: true, d: null }], b: "x" })).toBe(expected);
  });

  it("differs when a value, or the order of an array, differs", () => {
    const base = canonicalHash({ period: "QTD", unit: "company" });
    expect(canonicalHash({ period: "MTD", unit: "company" })).not.toBe(base);
    expect(canonicalHash([1, 2])).not.toBe(canonicalHash([2, 1]));
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
