import { defineWidget } from "../../widget.ts";
import { loadOpsIncidents } from "./load-ops-incidents.ts";
import { opsIncidentsCharts } from "./ops-incidents-charts.ts";
import { opsIncidentsData } from "./ops-incidents-data.ts";

/** Open incidents by severity, the weekly flow, mean time to resolve and the projects with the worst incidents. */
export const opsIncidentsWidget = defineWidget({
  kind: "ops-incidents",
  title: "Operations incidents",
  description:
    "Incidents open now by severity, incidents opened and closed per week of the period, the mean time to " +
    "resolve those closed in the period, and the projects with the most severe incidents (sev1 × 10, sev2 × 3).",
  defaultPosition: { x: 0, y: 0, w: 8, h: 5 },
  dataSchema: opsIncidentsData,
  load: loadOpsIncidents,
  chart: opsIncidentsCharts,
  drillDown: [
    {
      field: "severity",
      label: "A severity lists the incidents of that severity still open",
      target: { kind: "detail", rows: "openIncidents", matchOn: "severity" },
    },
    {
      field: "projectId",
      label: "A project narrows the dashboard to that project",
      target: { kind: "filter", filter: "projectId" },
    },
  ],
});
