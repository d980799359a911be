import { dashboardArtifactContentSchema, loadDashboard as loadDashboardData } from "@penny/dashboards";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArtifactRecorder } from "../../__fixtures__/artifact-recorder.ts";
import { type DemoTenantFixture, seedDemoTenants } from "../../__fixtures__/demo-tenant.ts";
import { ToolArgumentsError } from "../../errors/tool-arguments-error.ts";
import { ToolRegistry } from "../../registry.ts";
import { createToolRouter, type ToolRouter } from "../../tool-router.ts";
import { builtinTools } from "../index.ts";

const now = new Date("2025-08-14T15:00:00Z");
let test: TestDatabase;
let demo: DemoTenantFixture;
let router: ToolRouter;

beforeAll(async () => {
  test = await openTestDatabase();
  demo = await seedDemoTenants(test.database, new Date("2025-08-14T00:00:00Z"));
  router = createToolRouter({ registry: new ToolRegistry(builtinTools), database: test.database });
});
afterAll(() => test?.dispose());

async function run(args: Record<string, unknown>, caller = demo.callers.viewer) {
  const call = await router.authorize({ caller, name: "load_dashboard", arguments: args });
  const recorder = createArtifactRecorder();
  const execution = await router.execute(call, {
    tenantId: caller.tenantId,
    userId: caller.userId,
    database: test.database,
    now,
    createArtifact: recorder.createArtifact,
  });
  return { execution, recorder };
}

describe("load_dashboard", () => {
  it("opens a dashboard as an artifact and tells the model what it shows", async () => {
    const { execution, recorder } = await run({ slug: "sales-funnel", filters: { period: "YTD" } });
    expect(execution.outcome, execution.error).toBe("succeeded");
    expect(recorder.drafts).toHaveLength(1);
    const draft = recorder.drafts[0];
    expect(draft?.kind).toBe("dashboard");
    const content = dashboardArtifactContentSchema.parse(JSON.parse(String(draft?.content)));
    expect(content.slug).toBe("sales-funnel");
    expect(content.filters.period).toBe("YTD");
    const data = execution.result?.data as { widgets: { id: string }[]; highlights: { data: unknown } };
    // The same figures the dashboard endpoint shows.
    const direct = await loadDashboardData({
      database: test.database,
      tenantId: demo.acmeId,
      slug: "sales-funnel",
      filters: { period: "YTD" },
      now,
    });
    expect(data.widgets.map((widget) => widget.id)).toEqual(direct.widgets.map((widget) => widget.id));
    expect(data.highlights.data).toEqual(direct.widgets[0]?.data);
    expect(execution.result?.summary).toMatch(/YTD/);
  });

  it("refuses an unknown slug by schema and an unknown unit as a failed call", async () => {
    await expect(run({ slug: "weather" })).rejects.toBeInstanceOf(ToolArgumentsError);
    const { execution } = await run({
      slug: "company-health",
      filters: { businessUnitId: crypto.randomUUID() },
    });
    expect(execution.outcome).toBe("failed");
    expect(execution.error).toMatch(/businessUnitId/);
  });
});
