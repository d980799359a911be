import { schema } from "@penny/db";
import { figureChange } from "../../figure-change.ts";
import type { WidgetLoadContext } from "../../widget.ts";
import type { HiringPipelineData } from "./hiring-pipeline-data.ts";
import { selectHiringByUnit, selectHiringTrend, selectLastHiringDay } from "./queries.ts";

const DAY_MS = 86_400_000;

/** The hiring funnel on the window's last day, week over week, with the offer → hired rate and the daily trend. */
export async function loadHiringPipeline({ tx, filters }: WidgetLoadContext): Promise<HiringPipelineData> {
  const day = await selectLastHiringDay(tx, { filters });
  if (!day) {
    return {
      window: filters.window,
      day: null,
      weekAgo: null,
      stages: [],
      offerToHiredRate: null,
      byUnit: [],
      trend: [],
    };
  }
  const weekAgo = new Date(Date.parse(`${day}T00:00:00Z`) - 7 * DAY_MS).toISOString().slice(0, 10);
  const byUnit = await selectHiringByUnit(tx, { filters, day });
  const earlier = await selectHiringByUnit(tx, { filters, day: weekAgo });
  const total = (rows: typeof byUnit, stage: string) =>
    rows.filter((row) => row.stage === stage).reduce((sum, row) => sum + row.candidates, 0);
  const stages = schema.hiringStages.map((stage) => {
    const candidates = total(byUnit, stage);
    // A week before the company's first day there is nothing to compare with.
    const previous = earlier.length > 0 ? total(earlier, stage) : null;
    return { stage, candidates, weekAgo: previous, ...figureChange(candidates, previous) };
  });
  const offers = total(byUnit, "offer");
  return {
    window: filters.window,
    day,
    weekAgo,
    stages,
    offerToHiredRate: offers > 0 ? total(byUnit, "hired") / offers : null,
    byUnit,
    trend: await selectHiringTrend(tx, { filters }),
  };
}
