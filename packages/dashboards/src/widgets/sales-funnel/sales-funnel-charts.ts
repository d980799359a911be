import { schema } from "@penny/db";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "../../vega-lite-spec.ts";
import type { SalesFunnelData } from "./sales-funnel-data.ts";

/** Deals per stage as a funnel of bars (a bar opens that stage's per-unit rows) and the stage-to-stage conversion. */
export function salesFunnelCharts(data: SalesFunnelData): VegaLiteSpec[] {
  return [
    {
      $schema: VEGA_LITE_SCHEMA,
      title: data.day ? `Pipeline on ${data.day}` : "Pipeline",
      width: "container",
      data: { values: data.stages },
      params: [{ name: "drillDown", select: { type: "point", fields: ["stage"] } }],
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "stage", type: "ordinal", title: null, sort: [...schema.pipelineStages] },
        x: { field: "deals", type: "quantitative", title: "Deals" },
        color: { field: "stage", type: "ordinal", legend: null, sort: [...schema.pipelineStages] },
        tooltip: [
          { field: "stage", type: "ordinal", title: "Stage" },
          { field: "deals", type: "quantitative", title: "Deals" },
          { field: "amount", type: "quantitative", title: "Amount", format: ",.0f" },
        ],
      },
    },
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Stage-to-stage conversion",
      width: "container",
      data: { values: data.conversions },
      transform: [{ calculate: "datum.from + ' → ' + datum.to", as: "step" }],
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: { field: "step", type: "ordinal", title: null, sort: null },
        y: { field: "rate", type: "quantitative", title: "Conversion", axis: { format: "%" } },
      },
    },
  ];
}
