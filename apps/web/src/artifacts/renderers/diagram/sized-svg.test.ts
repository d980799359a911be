import { describe, expect, it } from "vitest";
import { sizedSvg } from "./sized-svg.ts";

describe("sizedSvg", () => {
  it("sizes Mermaid's percentage-wide root from its viewBox and drops its max-width style", () => {
    const drawn = sizedSvg(
      '<svg id="d1" width="100%" style="max-width: 496.8px;" viewBox="0 0 496.78 65" role="graphics-document"><g/></svg>',
    );
    expect(drawn).toMatchObject({ width: 497, height: 65 });
    expect(drawn.svg).toBe(
      '<svg id="d1" viewBox="0 0 496.78 65" role="graphics-document" width="497" height="65"><g/></svg>',
    );
  });

  it("keeps what comes before the root (Graphviz's XML declaration) and falls back to width and height", () => {
    const drawn = sizedSvg('<?xml version="1.0"?>\n<svg width="62pt" height="116pt"><g/></svg>');
    expect(drawn).toMatchObject({ width: 62, height: 116 });
    expect(drawn.svg.startsWith('<?xml version="1.0"?>\n<svg width="62" height="116">')).toBe(true);
  });

  it("refuses text without an <svg> root", () => {
    expect(() => sizedSvg("<html></html>")).toThrow(/not SVG/);
  });
});
