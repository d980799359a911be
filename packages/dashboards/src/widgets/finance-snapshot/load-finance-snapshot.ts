import { percentOf } from "../../figure-change.ts";
import type { WidgetLoadContext } from "../../widget.ts";
import type { FinanceSnapshotData } from "./finance-snapshot-data.ts";
import { selectMonthlyFinance, selectTopProjectsByRevenue } from "./queries.ts";

/** How many projects the "top projects" list shows. */
export const TOP_PROJECTS = 5;

/** Month-by-month finance over the window and the projects that brought in the most revenue. */
export async function loadFinanceSnapshot({ tx, filters }: WidgetLoadContext): Promise<FinanceSnapshotData> {
  const months = await selectMonthlyFinance(tx, { filters });
  const topProjects = await selectTopProjectsByRevenue(tx, { filters, limit: TOP_PROJECTS });
  const sum = (key: "revenue" | "cost" | "grossMargin") =>
    Math.round(months.reduce((total, month) => total + month[key], 0) * 100) / 100;
  const totals = { revenue: sum("revenue"), cost: sum("cost"), grossMargin: sum("grossMargin") };
  return {
    window: filters.window,
    totals: { ...totals, grossMarginPercent: percentOf(totals.grossMargin, totals.revenue) },
    months: months.map((month) => ({
      ...month,
      grossMarginPercent: percentOf(month.grossMargin, month.revenue),
    })),
    topProjects: topProjects.map((project) => ({
      ...project,
      grossMarginPercent: percentOf(project.grossMargin, project.revenue),
    })),
  };
}
