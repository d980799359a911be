import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { barChartSpec } from "./__fixtures__/sample-content.ts";
import { ArtifactInputError } from "./errors/artifact-input-error.ts";
import { ChartRenderError } from "./errors/chart-render-error.ts";
import { renderChart } from "./render-chart.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Width and height from a PNG's IHDR chunk (big-endian, right after the signature and chunk header). */
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe("renderChart", () => {
  it("draws SVG with the axis titles and one bar per data row", async () => {
    const chart = await renderChart(barChartSpec, "svg");
    const svg = new TextDecoder().decode(chart.bytes);
    expect(chart.mime).toBe("image/svg+xml");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Revenue (kEUR)");
    expect(svg).toContain("Quarter");
    expect(svg).toContain('aria-roledescription="bar"');
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(barChartSpec.data.values.length);
    // The plot is 240 wide; axes and labels add to it.
    expect(chart.width).toBeGreaterThan(240);
    expect(svg).toContain(`width="${chart.width}"`);
  });

  it("draws PNG at the SVG's size, or scaled", async () => {
    const svg = await renderChart(barChartSpec, "svg");
    const png = await renderChart(barChartSpec, "png");
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png.bytes)).toEqual({ width: svg.width, height: svg.height });
    expect(png).toMatchObject({ mime: "image/png", width: svg.width, height: svg.height });
    const doubled = await renderChart(barChartSpec, "png", { scale: 2 });
    expect(pngSize(doubled.bytes).width).toBe(svg.width * 2);
  });

  it("draws the text with a system font", async () => {
    const svg = new TextDecoder().decode((await renderChart(barChartSpec, "svg")).bytes);
    const png = await renderChart(barChartSpec, "png");
    // The same SVG rasterized with no fonts loaded: same size and shapes, but resvg drops every glyph.
    const withoutText = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
    expect(pngSize(withoutText)).toEqual(pngSize(png.bytes));
    // Flat areas compress to almost nothing; the glyphs of titles and labels are what adds bytes.
    expect(png.bytes.byteLength).toBeGreaterThan(withoutText.byteLength + 500);
  });

  it("refuses a spec that does not compile", async () => {
    await expect(renderChart({ data: { values: [] } }, "svg")).rejects.toThrow(
      /does not compile: Invalid specification/,
    );
  });

  it("refuses to fetch data from a URL", async () => {
    const remote = { ...barChartSpec, data: { url: "http://127.0.0.1:9/secret.json" } };
    const error = await renderChart(remote, "svg").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChartRenderError);
    expect((error as Error).message).toContain("http://127.0.0.1:9/secret.json");
  });

  it("refuses scales out of range and charts over the pixel limit", async () => {
    await expect(renderChart(barChartSpec, "png", { scale: 10 })).rejects.toBeInstanceOf(ArtifactInputError);
    await expect(renderChart({ ...barChartSpec, width: 20_000, height: 20_000 }, "png")).rejects.toThrow(
      /the limit is 25000000 pixels/,
    );
  });
});
