import { describe, expect, it } from "vitest";
import { pngBytes } from "../../__fixtures__/sample-content.ts";
import { imageKind } from "./image-kind.ts";

const text = (value: string) => new TextEncoder().encode(value);

describe("imageKind", () => {
  it("recognizes raster formats by their magic bytes", () => {
    expect(() => imageKind.validate(pngBytes, "image/png")).not.toThrow();
    expect(() => imageKind.validate(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg")).not.toThrow();
    expect(() => imageKind.validate(text("GIF89a...."), "image/gif")).not.toThrow();
    expect(() => imageKind.validate(text("RIFF\0\0\0\0WEBPVP8 "), "image/webp")).not.toThrow();
  });

  it("refuses bytes that do not match the declared format", () => {
    expect(() => imageKind.validate(pngBytes, "image/jpeg")).toThrow("declared image/jpeg but is not a JPEG");
    expect(() => imageKind.validate(text("RIFF\0\0\0\0WAVE"), "image/webp")).toThrow(/not a WebP/);
  });

  it("accepts SVG with an <svg> root after a declaration, comment and doctype", () => {
    const svg =
      '<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg width="1" height="1"></svg>';
    expect(() => imageKind.validate(text(svg), "image/svg+xml")).not.toThrow();
  });

  it("refuses SVG whose root is another element", () => {
    expect(() => imageKind.validate(text("<html><svg/></html>"), "image/svg+xml")).toThrow(/no <svg> root/);
    expect(() => imageKind.validate(text("<svgfoo/>"), "image/svg+xml")).toThrow(/no <svg> root/);
  });
});
