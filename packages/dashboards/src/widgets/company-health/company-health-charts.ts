import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "../../vega-lite-spec.ts";
import type { CompanyHealthData } from "./company-health-data.ts";

/** ARR day by day over the period, and revenue by business unit (a bar narrows the dashboard to its unit). */
export function companyHealthCharts(data: CompanyHealthData): VegaLiteSpec[] {
  return [
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "ARR",
      width: "container",
      data: { values: data.arrTrend },
      mark: { type: "line", point: false, tooltip: true },
      encoding: {
        x: { field: "day", type: "temporal", title: null },
        y: { field: "arr", type: "quantitative", title: "ARR", axis: { format: "~s" } },
      },
    },
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Revenue by business unit",
      width: "container",
      data: { values: data.revenueByUnit },
      params: [{ name: "drillDown", select: { type: "point", fields: ["businessUnitId"] } }],
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: { field: "businessUnit", type: "nominal", title: null, sort: "-y" },
        y: { field: "revenue", type: "quantitative", title: "Revenue", axis: { format: "~s" } },
        color: { field: "grossMarginPercent", type: "quantitative", title: "Gross margin %" },
        tooltip: [
          { field: "businessUnit", type: "nominal", title: "Unit" },
          { field: "revenue", type: "quantitative", title: "Revenue", format: ",.0f" },
          { field: "grossMarginPercent", type: "quantitative", title: "Gross margin %", format: ".1f" },
        ],
      },
    },
  ];
}
