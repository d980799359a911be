import type { FieldType } from "./vega-lite-spec.ts";

/** A calendar date or an ISO 8601 date-time, the forms a model or a query writes dates in. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The Vega-Lite type of a field from the values the rows hold (nulls ignored): all finite numbers → quantitative,
 * all ISO dates → temporal, anything else → nominal.
 */
export function inferFieldType(values: readonly unknown[]): FieldType {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length === 0) return "nominal";
  if (present.every((value) => typeof value === "number" && Number.isFinite(value))) return "quantitative";
  if (
    present.every(
      (value) => typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)),
    )
  ) {
    return "temporal";
  }
  return "nominal";
}
