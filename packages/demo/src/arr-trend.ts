import { DAY_MS, DEMO_FIRST_DAY, dayTime, demoYears, YEAR_MS } from "./calendar.ts";
import type { CompanyPlan, ProjectPlan } from "./company-plan.ts";

/**
 * A project's underlying ARR at an instant, before any noise: compound growth, plus a launch S-curve or a
 * setback where the plan has one. Revenue, bookings, headcount and the funnels all follow it, so they tell one story.
 */
export function arrTrend(project: ProjectPlan, time: number): number {
  let arr = project.arr;
  if (project.ramp) {
    const { to, midpoint, days } = project.ramp;
    const position = (time - dayTime(midpoint)) / (days * DAY_MS);
    arr += (to - project.arr) / (1 + Math.exp(-position));
  }
  arr *= (1 + project.annualGrowth) ** demoYears(time);
  if (project.decline && time >= dayTime(project.decline.on)) {
    const { on, drop, annualRate } = project.decline;
    arr *= (1 - drop) * (1 - annualRate) ** ((time - dayTime(on)) / YEAR_MS);
  }
  return arr;
}

/** The annualised growth rate of the trend over the next month; negative while a project shrinks. */
export function arrGrowthRate(project: ProjectPlan, time: number): number {
  const now = arrTrend(project, time);
  return ((arrTrend(project, time + 30 * DAY_MS) - now) / now) * (365 / 30);
}

/** A unit's ARR trend relative to the demo's first day (1 = as big as then); scales its sales and hiring funnels. */
export function unitGrowth(plan: CompanyPlan, unit: string, time: number): number {
  const projects = plan.projects.filter((project) => project.unit === unit);
  const total = (at: number) => projects.reduce((sum, project) => sum + arrTrend(project, at), 0);
  return total(time) / total(dayTime(DEMO_FIRST_DAY));
}
