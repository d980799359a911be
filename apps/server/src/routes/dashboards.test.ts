import { schema } from "@penny/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, openChatTestApp } from "../__fixtures__/chat-fixture.ts";

let testApp: ChatTestApp;

beforeAll(async () => {
  testApp = await openChatTestApp();
  await testApp.app.ready();
});
afterAll(() => testApp?.dispose());

async function as(
  user: keyof ChatTestApp["users"],
  method: "GET" | "PUT" | "DELETE",
  url: string,
  payload?: unknown,
) {
  return testApp.app.inject({
    method,
    url,
    headers: await testApp.headersFor(testApp.users[user]),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

describe("dashboards over HTTP", () => {
  it("lists the six dashboards and loads each with data for every widget", async () => {
    const listed = (await as("viewer", "GET", "/v1/dashboards")).json().dashboards as { slug: string }[];
    expect(listed.map((dashboard) => dashboard.slug)).toEqual([
      "company-health",
      "finance-snapshot",
      "sales-funnel",
      "ops-incidents",
      "hiring-pipeline",
      "project-timeline",
    ]);
    for (const { slug } of listed) {
      const loaded = await as("viewer", "GET", `/v1/dashboards/${slug}`);
      expect(loaded.statusCode, loaded.body).toBe(200);
      const body = loaded.json() as { widgets: { data: unknown; charts: unknown[] }[] };
      expect(body.widgets.length).toBeGreaterThan(0);
      for (const widget of body.widgets) expect(widget.data).not.toBeNull();
    }
  });

  it("lists what the unit and project filters can be, each tenant its own, every option accepted as a filter", async () => {
    const options = (await as("viewer", "GET", "/v1/dashboards/filter-options")).json() as {
      businessUnits: { id: string; name: string }[];
      projects: { id: string; name: string; businessUnitId: string }[];
    };
    const units = await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx.select({ id: schema.businessUnits.id }).from(schema.businessUnits),
    );
    expect(options.businessUnits.map((unit) => unit.id).sort()).toEqual(units.map((unit) => unit.id).sort());
    expect(options.projects.length).toBeGreaterThan(0);
    const unitIds = new Set(options.businessUnits.map((unit) => unit.id));
    for (const project of options.projects) expect(unitIds.has(project.businessUnitId)).toBe(true);
    const project = options.projects[0] as { id: string };
    const filtered = await as("viewer", "GET", `/v1/dashboards/project-timeline?projectId=${project.id}`);
    expect(filtered.statusCode, filtered.body).toBe(200);
    // Another tenant sees none of these.
    const other = (await as("globexAdmin", "GET", "/v1/dashboards/filter-options")).json() as {
      businessUnits: { id: string }[];
    };
    expect(other.businessUnits.some((unit) => unitIds.has(unit.id))).toBe(false);
  });

  it("filters narrow a widget (drill-down), bad filters are 400, and a saved layout is per person", async () => {
    const all = (await as("viewer", "GET", "/v1/dashboards/company-health?period=YTD")).json() as {
      filters: { period: string };
      widgets: { id: string; position: { x: number; y: number; w: number; h: number } }[];
    };
    expect(all.filters.period).toBe("YTD");
    const badFilter = await as("viewer", "GET", "/v1/dashboards/company-health?businessUnitId=not-a-uuid");
    expect(badFilter.statusCode).toBe(400);
    const unknownUnit = await as(
      "viewer",
      "GET",
      `/v1/dashboards/company-health?businessUnitId=${crypto.randomUUID()}`,
    );
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json().code).toBe("PENNY_DASHBOARD_FILTER_INVALID");
    expect((await as("viewer", "GET", "/v1/dashboards/weather")).statusCode).toBe(404);

    const layout = all.widgets.map((widget, index) => ({
      widgetId: widget.id,
      x: 0,
      y: index * 4,
      w: 12,
      h: 4,
    }));
    const saved = await as("viewer", "PUT", "/v1/dashboards/company-health/layout", { layout });
    expect(saved.statusCode, saved.body).toBe(200);
    const mine = (await as("viewer", "GET", "/v1/dashboards/company-health")).json() as typeof all;
    expect(mine.widgets.map((widget) => widget.position.w)).toEqual(layout.map(() => 12));
    const theirs = (await as("manager", "GET", "/v1/dashboards/company-health")).json() as typeof all;
    expect(theirs.widgets.map((widget) => widget.position)).toEqual(
      all.widgets.map((widget) => widget.position),
    );
    const overflowing = await as("viewer", "PUT", "/v1/dashboards/company-health/layout", {
      layout: layout.map((entry) => ({ ...entry, x: 6 })),
    });
    expect(overflowing.statusCode).toBe(400);
    const reset = await as("viewer", "DELETE", "/v1/dashboards/company-health/layout");
    expect(reset.json()).toEqual({ reset: true });
  });
});
