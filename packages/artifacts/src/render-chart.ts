import { Resvg } from "@resvg/resvg-js";
import { type Loader, logger, None, parse, View } from "vega";
import { z } from "zod";
import { ChartRenderError } from "./errors/chart-render-error.ts";
import { compileVegaLite } from "./kinds/chart/compile-vega-lite.ts";
import { parseInput } from "./parse-input.ts";

/** Past this many pixels a PNG costs more memory than a chart is worth (a 5000 × 5000 image). */
export const CHART_MAX_PIXELS = 25_000_000;

const renderOptionsSchema = z.object({ scale: z.number().min(0.1).max(4).default(1) });

/** A drawn chart: its bytes, mime type and size in pixels. */
export interface RenderedChart {
  mime: "image/svg+xml" | "image/png";
  bytes: Uint8Array;
  width: number;
  height: number;
}

/**
 * Draws a Vega-Lite spec on the server: compiled to Vega, run headless, written as SVG, and rasterized by resvg
 * for PNG (with the machine's fonts; without any, text is left out). A chart that would load data, images or
 * links from outside the spec is refused: a server-side fetch chosen by a model is a request forgery risk.
 */
export async function renderChart(
  spec: unknown,
  format: "svg" | "png",
  options: z.input<typeof renderOptionsSchema> = {},
): Promise<RenderedChart> {
  const { scale } = parseInput(renderOptionsSchema, options);
  let vegaSpec: ReturnType<typeof compileVegaLite>;
  try {
    vegaSpec = compileVegaLite(spec);
  } catch (error) {
    throw new ChartRenderError(`The chart does not compile: ${(error as Error).message}`);
  }
  const refused: string[] = [];
  const view = new View(parse(vegaSpec), {
    renderer: "none",
    loader: refusingLoader(refused),
    logger: logger(None),
  });
  let svg: string;
  try {
    svg = await view.toSVG(scale);
  } catch (error) {
    throw new ChartRenderError(`The chart could not be drawn: ${(error as Error).message}`);
  } finally {
    view.finalize();
  }
  if (refused.length > 0) {
    throw new ChartRenderError(
      `The chart loads ${refused.slice(0, 3).join(", ")} from outside the spec; inline the data as "values" instead.`,
    );
  }
  const { width, height } = svgSize(svg);
  if (width * height > CHART_MAX_PIXELS) {
    throw new ChartRenderError(
      `The chart would be ${width} × ${height} pixels; the limit is ${CHART_MAX_PIXELS} pixels.`,
    );
  }
  if (format === "svg") return { mime: "image/svg+xml", bytes: new TextEncoder().encode(svg), width, height };
  const png = new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: "original" } }).render();
  return { mime: "image/png", bytes: new Uint8Array(png.asPng()), width: png.width, height: png.height };
}

/** A Vega loader that fetches nothing and records what the chart asked for. */
function refusingLoader(refused: string[]): Loader {
  const refuse = async (uri: string): Promise<never> => {
    refused.push(JSON.stringify(uri.slice(0, 100)));
    throw new ChartRenderError(`Loading ${uri.slice(0, 100)} is not allowed`);
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

/** The pixel size Vega wrote on the root element. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attribute = (name: string) =>
    Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? Number.NaN);
  const width = Math.round(attribute("width"));
  const height = Math.round(attribute("height"));
  if (!Number.isFinite(width) || !Number.isFinite(height))
    throw new ChartRenderError("The drawn chart has no size.");
  return { width, height };
}
