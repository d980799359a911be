import { schema } from "@penny/db";
import type { WidgetLoadContext } from "../../widget.ts";
import { selectLastPipelineDay, selectPipelineByUnit } from "./queries.ts";
import type { SalesFunnelData } from "./sales-funnel-data.ts";

/** The funnel on the last day of the window: stage totals, stage-to-stage conversion and the per-unit rows. */
export async function loadSalesFunnel({ tx, filters }: WidgetLoadContext): Promise<SalesFunnelData> {
  const day = await selectLastPipelineDay(tx, { filters });
  const byUnit = day ? await selectPipelineByUnit(tx, { filters, day }) : [];
  const stages = day
    ? schema.pipelineStages.map((stage) => {
        const rows = byUnit.filter((row) => row.stage === stage);
        return {
          stage,
          deals: rows.reduce((total, row) => total + row.deals, 0),
          amount: Math.round(rows.reduce((total, row) => total + row.amount, 0) * 100) / 100,
        };
      })
    : [];
  const conversions = stages.slice(1).map((to, index) => {
    const from = stages[index];
    return {
      from: from?.stage ?? to.stage,
      to: to.stage,
      rate: from && from.deals > 0 ? to.deals / from.deals : null,
    };
  });
  const open = stages.filter((stage) => stage.stage !== "won");
  const won = stages.find((stage) => stage.stage === "won");
  return {
    window: filters.window,
    day,
    stages,
    conversions,
    totals: {
      openDeals: open.reduce((total, stage) => total + stage.deals, 0),
      openAmount: Math.round(open.reduce((total, stage) => total + stage.amount, 0) * 100) / 100,
      wonDeals: won?.deals ?? 0,
      wonAmount: won?.amount ?? 0,
    },
    byUnit,
  };
}
