import { defineWidget } from "../../widget.ts";
import { financeSnapshotCharts } from "./finance-snapshot-charts.ts";
import { financeSnapshotData } from "./finance-snapshot-data.ts";
import { loadFinanceSnapshot } from "./load-finance-snapshot.ts";

/** Revenue against cost and gross margin by month, the margin %, and the projects bringing in the most revenue. */
export const financeSnapshotWidget = defineWidget({
  kind: "finance-snapshot",
  title: "Finance snapshot",
  description:
    "Revenue, cost and gross margin month by month over the period, the gross margin %, and the top projects " +
    "by revenue.",
  defaultPosition: { x: 0, y: 0, w: 8, h: 5 },
  dataSchema: financeSnapshotData,
  load: loadFinanceSnapshot,
  chart: financeSnapshotCharts,
  drillDown: [
    {
      field: "projectId",
      label: "A project's bar or row narrows the dashboard to that project",
      target: { kind: "filter", filter: "projectId" },
    },
    {
      field: "businessUnitId",
      label: "A project's unit narrows the dashboard to that unit",
      target: { kind: "filter", filter: "businessUnitId" },
    },
  ],
});
