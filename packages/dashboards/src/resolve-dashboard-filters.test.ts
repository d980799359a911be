import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_NOW, type DemoCompany, openDemoCompany } from "./__fixtures__/demo-company.ts";
import { DashboardFilterError } from "./dashboard-filter-error.ts";
import { resolveDashboardFilters } from "./resolve-dashboard-filters.ts";

let company: DemoCompany;
beforeAll(async () => {
  company = await openDemoCompany();
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

const resolve = (input: unknown, tenantId = company.acmeId) =>
  company.database.withTenant(tenantId, (tx) => resolveDashboardFilters(tx, { input, now: DEMO_NOW }));

/** The filter a refused input is blamed on. */
async function refusedFilter(input: unknown, tenantId?: string): Promise<string> {
  const error = await resolve(input, tenantId).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DashboardFilterError);
  expect((error as DashboardFilterError).code).toBe("PENNY_DASHBOARD_FILTER_INVALID");
  return (error as DashboardFilterError).filter;
}

describe("resolveDashboardFilters", () => {
  it("defaults to the quarter to date and names the unit and project it was given", async () => {
    const defaults = await resolve(undefined);
    expect(defaults).toMatchObject({
      period: "QTD",
      window: { from: "2025-04-01", to: "2025-05-14", days: 44 },
      businessUnit: null,
      project: null,
    });
    const project = company.projects[0];
    const unit = company.units.find((candidate) => candidate.id === project?.businessUnitId);
    const resolved = await resolve({ period: "MTD", businessUnitId: unit?.id, projectId: project?.id });
    expect(resolved.businessUnit).toEqual(unit);
    expect(resolved.project).toEqual(project);
    expect(resolved.window.from).toBe("2025-05-01");
  });

  it("accepts a project of another unit (it matches nothing) but refuses ids the tenant does not have", async () => {
    const [unit, otherUnit] = company.units;
    const foreign = company.projects.find((candidate) => candidate.businessUnitId === otherUnit?.id);
    const mismatched = await resolve({ businessUnitId: unit?.id, projectId: foreign?.id });
    expect(mismatched.project?.businessUnitId).not.toBe(mismatched.businessUnit?.id);

    expect(await refusedFilter({ businessUnitId: randomUUID() })).toBe("businessUnitId");
    expect(await refusedFilter({ projectId: randomUUID() })).toBe("projectId");
    // Acme's ids are unknown to Globex: row-level security hides them, so they are refused, never resolved.
    expect(await refusedFilter({ businessUnitId: unit?.id }, company.globexId)).toBe("businessUnitId");
    expect(await refusedFilter({ projectId: foreign?.id }, company.globexId)).toBe("projectId");
  });

  it("refuses malformed values and unknown keys, naming them", async () => {
    expect(await refusedFilter({ period: "WTD" })).toBe("period");
    expect(await refusedFilter({ businessUnitId: "industrial" })).toBe("businessUnitId");
    expect(await refusedFilter({ projectId: 42 })).toBe("projectId");
    expect(await refusedFilter({ unitId: randomUUID() })).toBe("unitId");
    expect(await refusedFilter("QTD")).toBe("filters");
    await expect(resolve({ projectId: "nope" })).rejects.toThrow(/The dashboard filter projectId is invalid/);
  });
});
