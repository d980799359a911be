import { defineWidget } from "../../widget.ts";
import { companyHealthCharts } from "./company-health-charts.ts";
import { companyHealthData } from "./company-health-data.ts";
import { loadCompanyHealth } from "./load-company-health.ts";

/** Revenue, gross margin %, ARR, burn and headcount against the previous period, with a health score. */
export const companyHealthWidget = defineWidget({
  kind: "company-health",
  title: "Company health",
  description:
    "Revenue, gross margin %, ARR, burn and headcount for the period with their change against the previous " +
    "period, and a 0–100 health score from ARR growth, gross margin and burn.",
  defaultPosition: { x: 0, y: 0, w: 12, h: 4 },
  dataSchema: companyHealthData,
  load: loadCompanyHealth,
  chart: companyHealthCharts,
  drillDown: [
    {
      field: "businessUnitId",
      label: "A business unit's bar narrows the dashboard to that unit",
      target: { kind: "filter", filter: "businessUnitId" },
    },
  ],
});
