import { describe, expect, it } from "vitest";
import { documentKind } from "./document-kind.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("documentKind", () => {
  it("accepts a PDF by its %PDF- header and a DOCX by its zip header", () => {
    expect(() =>
      documentKind.validate(new TextEncoder().encode("%PDF-2.0\n"), "application/pdf"),
    ).not.toThrow();
    expect(() => documentKind.validate(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]), DOCX)).not.toThrow();
  });

  it("refuses other bytes under either mime", () => {
    expect(() => documentKind.validate(new TextEncoder().encode("PDF-1.7"), "application/pdf")).toThrow(
      /%PDF-/,
    );
    expect(() => documentKind.validate(new TextEncoder().encode("%PDF-1.7"), DOCX)).toThrow(/not a zip/);
  });
});

describe("documentKind as HTML", () => {
  const html = (text: string) => new TextEncoder().encode(text);

  it("accepts an HTML report and marks it untrusted markup", () => {
    expect(() => documentKind.validate(html("<!doctype html><h1>Report</h1>"), "text/html")).not.toThrow();
    expect(documentKind.untrustedMarkupMimes).toContain("text/html");
  });

  it("refuses text without markup and bytes that are not UTF-8", () => {
    expect(() => documentKind.validate(html("just words"), "text/html")).toThrow(/no markup/);
    expect(() => documentKind.validate(Uint8Array.from([0x3c, 0x70, 0xff, 0x3e]), "text/html")).toThrow(
      /UTF-8/,
    );
  });
});
