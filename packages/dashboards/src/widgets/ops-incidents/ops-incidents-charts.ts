import { schema } from "@penny/db";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "../../vega-lite-spec.ts";
import type { OpsIncidentsData } from "./ops-incidents-data.ts";

const severityColors = { domain: [...schema.incidentSeverities], range: ["#c0392b", "#e67e22", "#f1c40f"] };

/** Open incidents by severity (a bar lists them), incidents opened and closed per week, and the worst projects. */
export function opsIncidentsCharts(data: OpsIncidentsData): VegaLiteSpec[] {
  return [
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Open incidents by severity",
      width: "container",
      data: { values: data.openBySeverity },
      params: [{ name: "drillDown", select: { type: "point", fields: ["severity"] } }],
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: { field: "severity", type: "ordinal", title: null, sort: [...schema.incidentSeverities] },
        y: { field: "open", type: "quantitative", title: "Open", axis: { tickMinStep: 1 } },
        color: { field: "severity", type: "ordinal", scale: severityColors, legend: null },
      },
    },
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Opened and closed per week",
      width: "container",
      data: { values: data.weekly },
      transform: [{ fold: ["opened", "closed"], as: ["flow", "incidents"] }],
      mark: { type: "line", point: true, tooltip: true },
      encoding: {
        x: { field: "week", type: "temporal", title: "Week of", timeUnit: "utcyearmonthdate" },
        y: { field: "incidents", type: "quantitative", title: "Incidents" },
        color: { field: "flow", type: "nominal", title: null },
      },
    },
    {
      $schema: VEGA_LITE_SCHEMA,
      title: "Worst projects",
      width: "container",
      data: { values: data.worstProjects },
      transform: [{ fold: ["sev1", "sev2", "sev3"], as: ["severity", "incidents"] }],
      params: [{ name: "drillDown", select: { type: "point", fields: ["projectId"] } }],
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "project", type: "nominal", title: null, sort: { field: "score", order: "descending" } },
        x: { field: "incidents", type: "quantitative", title: "Incidents opened", stack: "zero" },
        color: { field: "severity", type: "ordinal", scale: severityColors, title: "Severity" },
      },
    },
  ];
}
