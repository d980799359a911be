/** The Vega-Lite version every widget chart is written for. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** A Vega-Lite v5 specification with its data inline; kept loose here, compiled by vega-lite in the tests. */
export interface VegaLiteSpec {
  $schema: typeof VEGA_LITE_SCHEMA;
  [key: string]: unknown;
}
