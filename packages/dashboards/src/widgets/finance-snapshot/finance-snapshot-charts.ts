import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "../../vega-lite-spec.ts";
import type { FinanceSnapshotData } from "./finance-snapshot-data.ts";

/** Revenue, cost and gross margin side by side per month with the margin % line, and the top projects. */
export function financeSnapshotCharts(data: FinanceSnapshotData): VegaLiteSpec[] {
  return [
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Revenue, cost and gross margin by month",
      width: "container",
      data: { values: data.months },
      layer: [
        {
          transform: [{ fold: ["revenue", "cost", "grossMargin"], as: ["measure", "amount"] }],
          mark: { type: "bar", tooltip: true },
          encoding: {
            x: { field: "month", type: "ordinal", title: null },
            xOffset: { field: "measure", type: "nominal", sort: ["revenue", "cost", "grossMargin"] },
            y: { field: "amount", type: "quantitative", title: "Amount", axis: { format: "~s" } },
            color: {
              field: "measure",
              type: "nominal",
              title: null,
              sort: ["revenue", "cost", "grossMargin"],
            },
          },
        },
        {
          mark: { type: "line", point: true, color: "#333", tooltip: true },
          encoding: {
            x: { field: "month", type: "ordinal", title: null },
            y: { field: "grossMarginPercent", type: "quantitative", title: "Gross margin %" },
          },
        },
      ],
      resolve: { scale: { y: "independent" } },
    },
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Top projects by revenue",
      width: "container",
      data: { values: data.topProjects },
      params: [{ name: "drillDown", select: { type: "point", fields: ["projectId"] } }],
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "project", type: "nominal", title: null, sort: "-x" },
        x: { field: "revenue", type: "quantitative", title: "Revenue", axis: { format: "~s" } },
        color: { field: "businessUnit", type: "nominal", title: "Unit" },
        tooltip: [
          { field: "project", type: "nominal", title: "Project" },
          { field: "revenue", type: "quantitative", title: "Revenue", format: ",.0f" },
          { field: "grossMarginPercent", type: "quantitative", title: "Gross margin %", format: ".1f" },
        ],
      },
    },
  ];
}
