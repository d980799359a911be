/** The marks the chart tools draw. */
export const chartMarks = ["bar", "line", "area", "point"] as const;
export type ChartMark = (typeof chartMarks)[number];

/** Vega-Lite's measurement types for the fields the chart tools encode. */
export type FieldType = "quantitative" | "temporal" | "nominal";

export interface ChartField {
  field: string;
  type: FieldType;
  title?: string;
}

export interface VegaLiteSpecOptions {
  title: string;
  mark: ChartMark;
  /** The rows, inline: a chart artifact stands alone, without a data source to fetch. */
  values: readonly Record<string, unknown>[];
  x: ChartField;
  y: ChartField;
  color?: ChartField;
}

export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** MIME type of a chart artifact's content. */
export const VEGA_LITE_MIME = "application/vnd.vegalite+json";

/** A single-view Vega-Lite v5 spec with its data inline, as the chart artifact kind stores it. */
export function vegaLiteSpec(options: VegaLiteSpecOptions): Record<string, unknown> {
  const encoding: Record<string, unknown> = { x: channel(options.x), y: channel(options.y) };
  if (options.color) encoding.color = channel(options.color);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title,
    width: "container",
    data: { values: options.values },
    mark: { type: options.mark, tooltip: true },
    encoding,
  };
}

function channel(field: ChartField): Record<string, unknown> {
  // Vega-Lite reads "." and "[]" in a field name as nested access; a row's own key with them must be escaped.
  const escaped = field.field.replace(/[.[\]\\]/g, (character) => `\\${character}`);
  return { field: escaped, type: field.type, title: field.title ?? field.field };
}
