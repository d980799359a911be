import { schema, type Tx } from "@penny/db";
import { and, between, eq, type SQL, sql } from "drizzle-orm";
import type { DayRange } from "./period-window.ts";

/** The levels the KPI tool reports at. */
export const kpiUnits = ["company", "bu", "project"] as const;
export type KpiUnit = (typeof kpiUnits)[number];

/** The whole company, or one business unit or project of it by id. */
export type KpiScope = { unit: "company" } | { unit: "bu" | "project"; id: string };

/** Sums over a window, and the head count and ARR of its last day with figures. */
export interface KpiTotals {
  revenue: number;
  cost: number;
  grossMargin: number;
  bookings: number;
  burn: number;
  /** The last day in the window that has figures; null when it has none. */
  lastDay: string | null;
  arr: number;
  headcount: number;
}

export interface DailyKpi {
  day: string;
  revenue: number;
  cost: number;
  grossMargin: number;
}

const { kpiDaily, projects, businessUnits, tenants } = schema;

/** The name of the scope (the tenant's name for the company), or null when the id is not one of the tenant's. */
export async function findScopeName(
  tx: Tx,
  options: { tenantId: string; scope: KpiScope },
): Promise<string | null> {
  const { scope } = options;
  const rows =
    scope.unit === "company"
      ? await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, options.tenantId))
      : scope.unit === "bu"
        ? await tx
            .select({ name: businessUnits.name })
            .from(businessUnits)
            .where(and(eq(businessUnits.tenantId, options.tenantId), eq(businessUnits.id, scope.id)))
        : await tx
            .select({ name: projects.name })
            .from(projects)
            .where(and(eq(projects.tenantId, options.tenantId), eq(projects.id, scope.id)));
  return rows[0]?.name ?? null;
}

/** Revenue, cost, gross margin, bookings and burn summed over the window; ARR and head count of its last day. */
export async function sumKpis(
  tx: Tx,
  options: { tenantId: string; scope: KpiScope; range: DayRange },
): Promise<KpiTotals> {
  const where = scopedDays(options);
  const [sums] = await tx
    .select({
      revenue: sql`coalesce(sum(${kpiDaily.revenue}), 0)`.mapWith(Number),
      cost: sql`coalesce(sum(${kpiDaily.cost}), 0)`.mapWith(Number),
      grossMargin: sql`coalesce(sum(${kpiDaily.grossMargin}), 0)`.mapWith(Number),
      bookings: sql`coalesce(sum(${kpiDaily.bookings}), 0)`.mapWith(Number),
      burn: sql`coalesce(sum(${kpiDaily.burn}), 0)`.mapWith(Number),
      lastDay: sql<string | null>`max(${kpiDaily.day})::text`,
    })
    .from(kpiDaily)
    .innerJoin(projects, projectOfRow)
    .where(where);
  if (!sums) throw new Error("An aggregate query returned no row");
  if (sums.lastDay === null) return { ...sums, lastDay: null, arr: 0, headcount: 0 };

  const [lastDay] = await tx
    .select({
      arr: sql`coalesce(sum(${kpiDaily.arr}), 0)`.mapWith(Number),
      headcount: sql`coalesce(sum(${kpiDaily.headcount}), 0)`.mapWith(Number),
    })
    .from(kpiDaily)
    .innerJoin(projects, projectOfRow)
    .where(and(where, eq(kpiDaily.day, sums.lastDay)));
  return { ...sums, arr: lastDay?.arr ?? 0, headcount: lastDay?.headcount ?? 0 };
}

/** Revenue, cost and gross margin per day of the window, oldest first. */
export async function dailyKpis(
  tx: Tx,
  options: { tenantId: string; scope: KpiScope; range: DayRange },
): Promise<DailyKpi[]> {
  return tx
    .select({
      day: sql<string>`${kpiDaily.day}::text`,
      revenue: sql`sum(${kpiDaily.revenue})`.mapWith(Number),
      cost: sql`sum(${kpiDaily.cost})`.mapWith(Number),
      grossMargin: sql`sum(${kpiDaily.grossMargin})`.mapWith(Number),
    })
    .from(kpiDaily)
    .innerJoin(projects, projectOfRow)
    .where(scopedDays(options))
    .groupBy(kpiDaily.day)
    .orderBy(kpiDaily.day);
}

const projectOfRow = and(eq(projects.tenantId, kpiDaily.tenantId), eq(projects.id, kpiDaily.projectId));

function scopedDays(options: { tenantId: string; scope: KpiScope; range: DayRange }): SQL | undefined {
  const { scope, range } = options;
  return and(
    eq(kpiDaily.tenantId, options.tenantId),
    between(kpiDaily.day, range.from, range.to),
    scope.unit === "bu" ? eq(projects.businessUnitId, scope.id) : undefined,
    scope.unit === "project" ? eq(kpiDaily.projectId, scope.id) : undefined,
  );
}
