import { figureChange, percentOf } from "../../figure-change.ts";
import type { WidgetLoadContext } from "../../widget.ts";
import type { CompanyHealthData } from "./company-health-data.ts";
import { HEALTH_SCORE_FORMULA, healthScore } from "./health-score.ts";
import { selectDailyArr, selectFlowTotals, selectRevenueByUnit, selectSnapshotTotals } from "./queries.ts";

type Metric = CompanyHealthData["metrics"][number];

/** Reads the period and the previous one and puts the headline metrics side by side. */
export async function loadCompanyHealth({ tx, filters }: WidgetLoadContext): Promise<CompanyHealthData> {
  const { window, previousWindow } = filters;
  const flows = await selectFlowTotals(tx, { filters, window });
  const previousFlows = await selectFlowTotals(tx, { filters, window: previousWindow });
  const snapshot = await selectSnapshotTotals(tx, { filters, window });
  const previousSnapshot = await selectSnapshotTotals(tx, { filters, window: previousWindow });
  const grossMarginPercent = percentOf(flows.grossMargin, flows.revenue);
  const previousGrossMarginPercent = percentOf(previousFlows.grossMargin, previousFlows.revenue);

  const metric = (
    key: Metric["key"],
    label: string,
    unit: Metric["unit"],
    value: number | null,
    previous: number | null,
  ): Metric => ({ key, label, unit, value, previous, ...figureChange(value, previous) });

  const score = healthScore({
    arr: snapshot.arr,
    previousArr: previousSnapshot.arr,
    grossMarginPercent,
    revenue: flows.revenue,
    burn: flows.burn,
  });
  const byUnit = await selectRevenueByUnit(tx, { filters, window });
  return {
    window,
    previousWindow,
    snapshotDays: { current: snapshot.day, previous: previousSnapshot.day },
    metrics: [
      metric("revenue", "Revenue", "currency", flows.revenue, previousFlows.revenue),
      metric("grossMarginPercent", "Gross margin", "percent", grossMarginPercent, previousGrossMarginPercent),
      metric("arr", "ARR", "currency", snapshot.arr, previousSnapshot.arr),
      metric("burn", "Burn", "currency", flows.burn, previousFlows.burn),
      metric("headcount", "Headcount", "people", snapshot.headcount, previousSnapshot.headcount),
    ],
    healthScore: { ...score, formula: HEALTH_SCORE_FORMULA },
    revenueByUnit: byUnit.map(({ grossMargin, ...unit }) => ({
      ...unit,
      grossMarginPercent: percentOf(grossMargin, unit.revenue),
    })),
    arrTrend: await selectDailyArr(tx, { filters, window }),
  };
}
