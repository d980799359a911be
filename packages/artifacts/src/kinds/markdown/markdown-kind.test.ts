import { describe, expect, it } from "vitest";
import { markdownKind } from "./markdown-kind.ts";

describe("markdownKind", () => {
  it("accepts UTF-8 text, with or without a byte order mark", () => {
    expect(() =>
      markdownKind.validate(new TextEncoder().encode("\uFEFF# Überschrift"), "text/markdown"),
    ).not.toThrow();
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(() => markdownKind.validate(Uint8Array.from([0x48, 0x69, 0xc3, 0x28]), "text/markdown")).toThrow(
      /not valid UTF-8/,
    );
  });
});
