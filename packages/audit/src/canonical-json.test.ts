import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.ts";

describe("canonicalJson", () => {
  it("sorts object keys at every depth and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("gives the same text whatever order the keys were written in", () => {
    expect(canonicalJson({ role: "owner", userId: "u1" })).toBe(
      canonicalJson({ userId: "u1", role: "owner" }),
    );
  });

  it("sorts by UTF-16 code units, so upper case comes before lower case", () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, é: 4 })).toBe('{"B":2,"a":3,"b":1,"é":4}');
  });

  it("drops undefined members, writes undefined array slots as null and dates as ISO strings, like JSON", () => {
    expect(canonicalJson({ a: undefined, b: [undefined], at: new Date("2026-01-02T03:04:05.678Z") })).toBe(
      '{"at":"2026-01-02T03:04:05.678Z","b":[null]}',
    );
  });

  it("escapes strings as JSON does", () => {
    expect(canonicalJson({ text: 'quote " backslash \\ newline \n' })).toBe(
      '{"text":"quote \\" backslash \\\\ newline \\n"}',
    );
  });

  it.each([
    ["NaN", { n: Number.NaN }, "$.n is NaN"],
    ["Infinity", [Number.POSITIVE_INFINITY], "$[0] is Infinity"],
    ["a bigint", { n: 1n }, "$.n is a bigint"],
    ["a function member", { f: () => 1 }, "$.f is a function"],
    ["a Map", { m: new Map() }, "$.m is a Map"],
  ])("refuses %s instead of writing something else", (_case, value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it("refuses a cycle but accepts the same object twice side by side", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow("$.self refers back to itself");
  });
});
