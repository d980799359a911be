import { type Database, resultRows } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { seedDemo } from "@penny/demo";
import { type SQL, sql } from "drizzle-orm";
import type { DashboardFiltersInput } from "../dashboard-filters.ts";
import { resolveDashboardFilters } from "../resolve-dashboard-filters.ts";
import type { Widget } from "../widget.ts";

/** The fixed "now" of every dashboard test: the demo is seeded up to it and every window is computed from it. */
export const DEMO_NOW = new Date("2025-05-14T15:30:00Z");

export interface DemoCompany {
  testDatabase: TestDatabase;
  database: Database;
  acmeId: string;
  globexId: string;
  units: { id: string; name: string }[];
  projects: { id: string; name: string; businessUnitId: string }[];
  /** Acme's members' user ids by email. */
  acmeUsers: Record<string, string>;
  globexUserId: string;
}

/** A fresh database with the demo seeded up to DEMO_NOW, and the ids the tests refer to. */
export async function openDemoCompany(): Promise<DemoCompany> {
  const testDatabase = await openTestDatabase();
  const { database } = testDatabase;
  const seeded = await seedDemo(database, { password: "dashboards-test-password", today: DEMO_NOW });
  const tenantId = (slug: string) => seeded.tenants.find((tenant) => tenant.slug === slug)?.id ?? "";
  const acmeId = tenantId("acme");
  const globexId = tenantId("globex");
  const units = await platformRows<{ id: string; name: string }>(
    database,
    sql`select id, name from business_units where tenant_id = ${acmeId} order by name`,
  );
  const projects = await platformRows<{ id: string; name: string; businessUnitId: string }>(
    database,
    sql`select id, name, business_unit_id as "businessUnitId" from projects where tenant_id = ${acmeId} order by name`,
  );
  const members = await platformRows<{ email: string; userId: string; tenantId: string }>(
    database,
    sql`select u.email, u.id as "userId", m.tenant_id as "tenantId"
          from memberships m join users u on u.id = m.user_id`,
  );
  return {
    testDatabase,
    database,
    acmeId,
    globexId,
    units,
    projects,
    acmeUsers: Object.fromEntries(
      members.filter((member) => member.tenantId === acmeId).map((member) => [member.email, member.userId]),
    ),
    globexUserId: members.find((member) => member.tenantId === globexId)?.userId ?? "",
  };
}

/**
 * Runs an independent check query across tenants (the platform role), so the expected figures never go through
 * the widgets' own queries or row-level security; every check names the tenant itself.
 */
export async function platformRows<T>(database: Database, query: SQL): Promise<T[]> {
  return database.withPlatform(async (tx) => resultRows<T>(await tx.execute(query)));
}

/** Loads one widget for a tenant the way a dashboard does: filters resolved in the same transaction. */
export async function loadWidgetData<TData>(
  company: DemoCompany,
  widget: Widget<string, TData>,
  input: DashboardFiltersInput = {},
  tenantId = company.acmeId,
): Promise<TData> {
  return company.database.withTenant(tenantId, async (tx) => {
    const filters = await resolveDashboardFilters(tx, { input, now: DEMO_NOW });
    return widget.load({ tx, filters, now: DEMO_NOW });
  });
}
