/** A chart that could not be drawn: it does not compile, loads outside data, or would be too large. */
export class ChartRenderError extends Error {
  override readonly name = "ChartRenderError";
  readonly code = "PENNY_CHART_RENDER_FAILED";
}
