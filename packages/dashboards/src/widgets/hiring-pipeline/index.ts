import { defineWidget } from "../../widget.ts";
import { hiringPipelineCharts } from "./hiring-pipeline-charts.ts";
import { hiringPipelineData } from "./hiring-pipeline-data.ts";
import { loadHiringPipeline } from "./load-hiring-pipeline.ts";

/** Candidates by stage on the window's last day, the change over a week and the offer → hired rate. */
export const hiringPipelineWidget = defineWidget({
  kind: "hiring-pipeline",
  title: "Hiring pipeline",
  description:
    "Candidates per stage on the last day of the period (hired: people hired in the 30 days before), their " +
    "change against a week earlier, and the offer → hired rate. Kept per business unit: a project filter shows " +
    "its unit's.",
  defaultPosition: { x: 0, y: 0, w: 6, h: 5 },
  dataSchema: hiringPipelineData,
  load: loadHiringPipeline,
  chart: hiringPipelineCharts,
  drillDown: [
    {
      field: "stage",
      label: "A stage opens its candidates per business unit",
      target: { kind: "detail", rows: "byUnit", matchOn: "stage" },
    },
    {
      field: "businessUnitId",
      label: "A unit's row narrows the dashboard to that unit",
      target: { kind: "filter", filter: "businessUnitId" },
    },
  ],
});
