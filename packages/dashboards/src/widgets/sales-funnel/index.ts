import { defineWidget } from "../../widget.ts";
import { loadSalesFunnel } from "./load-sales-funnel.ts";
import { salesFunnelCharts } from "./sales-funnel-charts.ts";
import { salesFunnelData } from "./sales-funnel-data.ts";

/** The sales pipeline by stage on the window's last day, and how much of each stage reaches the next. */
export const salesFunnelWidget = defineWidget({
  kind: "sales-funnel",
  title: "Sales funnel",
  description:
    "Open deals and their amount per stage on the last day of the period (won: deals won in the 30 days before), " +
    "and the stage-to-stage conversion. Pipeline is kept per business unit: a project filter shows its unit's.",
  defaultPosition: { x: 0, y: 0, w: 6, h: 5 },
  dataSchema: salesFunnelData,
  load: loadSalesFunnel,
  chart: salesFunnelCharts,
  drillDown: [
    {
      field: "stage",
      label: "A stage opens its deals and amount per business unit",
      target: { kind: "detail", rows: "byUnit", matchOn: "stage" },
    },
    {
      field: "businessUnitId",
      label: "A unit's row narrows the dashboard to that unit",
      target: { kind: "filter", filter: "businessUnitId" },
    },
  ],
});
