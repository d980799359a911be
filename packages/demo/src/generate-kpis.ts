import type { schema } from "@penny/db";
import { arrGrowthRate, arrTrend } from "./arr-trend.ts";
import { type CalendarDay, DAY_MS, demoYears } from "./calendar.ts";
import { type CompanyPlan, type ProjectPlan, unitOf } from "./company-plan.ts";
import { createDrift } from "./drift.ts";
import type { Prng } from "./prng.ts";
import { demandFactor } from "./seasonality.ts";

/** One `kpi_daily` row before it belongs to a tenant: the project is named, not yet an id. */
export type KpiRow = Omit<
  typeof schema.kpiDaily.$inferSelect,
  "tenantId" | "id" | "createdAt" | "projectId"
> & {
  project: string;
};

/** Fully loaded yearly cost of one employee (salary, benefits, equipment). */
const LOADED_COST_PER_HEAD = 165_000;
/** Rent, tools and travel on top of people. */
const OVERHEAD_RATE = 0.1;
/** Teams hire ahead of the revenue they expect, by this much. */
const HIRING_LOOKAHEAD_MS = 60 * DAY_MS;
const MINIMUM_TEAM = 6;
/** Each year a person carries more revenue (tooling, scale), which is how burn stays flat while ARR doubles. */
const PRODUCTIVITY_GROWTH = 0.08;

/**
 * The daily finance figures of every project, one row per project and day. Revenue follows the ARR trend with
 * weekly and seasonal rhythm and noise; cost keeps the project's gross margin; bookings arrive as lumpy deals;
 * headcount hires towards the ARR expected in two months; burn is what people and overhead cost beyond the margin.
 * Amounts are whole cents, so `grossMargin` is exactly `revenue - cost`.
 */
export function generateKpis(plan: CompanyPlan, days: readonly CalendarDay[], prng: Prng): KpiRow[] {
  return plan.projects.flatMap((project) =>
    projectKpis(plan, project, days, prng.fork(`kpi/${project.name}`)),
  );
}

function projectKpis(
  plan: CompanyPlan,
  project: ProjectPlan,
  days: readonly CalendarDay[],
  random: Prng,
): KpiRow[] {
  const unit = unitOf(plan, project);
  const arrDrift = createDrift(random, { volatility: 0.004, reversion: 0.02 });
  const costShare = 1 - project.grossMarginRate;
  const headcountTarget = (time: number) => {
    // Hire for the ARR expected soon, but only let people go once revenue has actually fallen.
    const plannedArr = Math.max(arrTrend(project, time), arrTrend(project, time + HIRING_LOOKAHEAD_MS));
    const revenuePerHead = unit.revenuePerHead * (1 + PRODUCTIVITY_GROWTH) ** demoYears(time);
    return Math.max(MINIMUM_TEAM, plannedArr / revenuePerHead);
  };
  let headcount = Math.round(headcountTarget(days[0]?.time ?? 0));

  return days.map((day) => {
    const arr = arrTrend(project, day.time) * arrDrift();
    const typicalDay = arr / 365;
    const revenue = Math.round(
      typicalDay * demandFactor(project.seasonality, day) * random.noise(0.06) * 100,
    );
    // Support and hosting cost the same every day; materials and field work scale with revenue.
    const cost = Math.round(
      (typicalDay * costShare * 0.15 + (revenue / 100) * costShare * 0.85 * random.noise(0.04)) * 100,
    );

    let bookings = 0;
    if (!day.isWeekend) {
      const yearlyBookings = arr * Math.max(0.04, arrGrowthRate(project, day.time) + 0.12);
      const deals = random.poisson(yearlyBookings / unit.pipeline.averageDeal / 260);
      for (let deal = 0; deal < deals; deal++) {
        bookings += Math.round((unit.pipeline.averageDeal * random.noise(0.5)) / 100) * 100;
      }

      const gap = headcountTarget(day.time) - headcount;
      if (gap > 1 && random.chance(Math.min(0.6, 0.1 * gap))) headcount++;
      else if (gap < -1 && random.chance(Math.min(0.4, -0.05 * gap))) headcount--;
    }

    const operatingCost = ((headcount * LOADED_COST_PER_HEAD) / 365) * (1 + OVERHEAD_RATE);
    const burn = Math.max(0, operatingCost - typicalDay * project.grossMarginRate) * random.noise(0.03);

    return {
      project: project.name,
      day: day.date,
      revenue: revenue / 100,
      cost: cost / 100,
      grossMargin: (revenue - cost) / 100,
      bookings,
      arr: Math.round(arr * 100) / 100,
      headcount,
      burn: Math.round(burn * 100) / 100,
    };
  });
}
