import { schema } from "@penny/db";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "../../vega-lite-spec.ts";
import type { HiringPipelineData } from "./hiring-pipeline-data.ts";

/** Candidates per stage now against a week ago (a bar opens the stage per unit), and each stage day by day. */
export function hiringPipelineCharts(data: HiringPipelineData): VegaLiteSpec[] {
  return [
    {
      $schema: VEGA_LITE_SCHEMA,
      title: data.day ? `Candidates on ${data.day}` : "Candidates",
      width: "container",
      data: { values: data.stages },
      layer: [
        {
          // The selection lives on the bars alone: declared on the whole layer, each layer would repeat it.
          params: [{ name: "drillDown", select: { type: "point", fields: ["stage"] } }],
          mark: { type: "bar", tooltip: true },
          encoding: {
            x: { field: "stage", type: "ordinal", title: null, sort: [...schema.hiringStages] },
            y: { field: "candidates", type: "quantitative", title: "Candidates" },
            tooltip: [
              { field: "stage", type: "ordinal", title: "Stage" },
              { field: "candidates", type: "quantitative", title: "Now" },
              { field: "weekAgo", type: "quantitative", title: "A week ago" },
              { field: "changePercent", type: "quantitative", title: "Change %", format: "+.1f" },
            ],
          },
        },
        {
          mark: { type: "tick", color: "#8a8f8d", thickness: 2 },
          encoding: {
            x: { field: "stage", type: "ordinal", sort: [...schema.hiringStages] },
            y: { field: "weekAgo", type: "quantitative" },
          },
        },
      ],
    },
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Candidates per stage",
      width: "container",
      data: { values: data.trend },
      mark: { type: "line", tooltip: true },
      encoding: {
        x: { field: "day", type: "temporal", title: null },
        y: { field: "candidates", type: "quantitative", title: "Candidates", scale: { type: "symlog" } },
        color: { field: "stage", type: "ordinal", title: "Stage", sort: [...schema.hiringStages] },
      },
    },
  ];
}
