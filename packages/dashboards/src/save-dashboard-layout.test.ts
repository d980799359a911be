import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_NOW, type DemoCompany, openDemoCompany, platformRows } from "./__fixtures__/demo-company.ts";
import { DashboardLayoutInvalidError } from "./dashboard-layout-invalid-error.ts";
import { DashboardNotFoundError } from "./dashboard-not-found-error.ts";
import { DashboardUserNotMemberError } from "./dashboard-user-not-member-error.ts";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import { loadDashboard } from "./load-dashboard.ts";
import { loadWidget } from "./load-widget.ts";
import { resetDashboardLayout } from "./reset-dashboard-layout.ts";
import { saveDashboardLayout } from "./save-dashboard-layout.ts";

let company: DemoCompany;
let maria: string;
let dev: string;
beforeAll(async () => {
  company = await openDemoCompany();
  maria = company.acmeUsers["maria@acme.test"] ?? "";
  dev = company.acmeUsers["dev@acme.test"] ?? "";
});
afterAll(async () => {
  await company?.testDatabase.dispose();
});

const slug = "sales-funnel";
const sideBySide = [
  { widgetId: "finance-snapshot", x: 0, y: 0, w: 6, h: 4 },
  { widgetId: "sales-funnel", x: 6, y: 0, w: 6, h: 8 },
];
const save = (userId: string, layout: unknown, tenantId = company.acmeId) =>
  saveDashboardLayout({ database: company.database, tenantId, userId, slug, layout });
/** Where each widget sits when `userId` (or nobody) opens the dashboard. */
const positions = async (userId?: string, tenantId = company.acmeId) => {
  const dashboard = await loadDashboard({
    database: company.database,
    tenantId,
    slug,
    now: DEMO_NOW,
    userId,
  });
  return dashboard.widgets.map(({ id, position }) => ({ widgetId: id, ...position }));
};
const defaultLayout = () =>
  getDashboardDefinition(slug).widgets.map((tile) =>
    getDashboardDefinition(slug).defaultLayout.find((entry) => entry.widgetId === tile.id),
  );
const storedRows = () =>
  platformRows<{ tenantId: string; slug: string; workspaceId: string; isDefault: boolean; layouts: number }>(
    company.database,
    sql`select d.tenant_id as "tenantId", d.slug, d.workspace_id as "workspaceId", w.is_default as "isDefault",
               (select count(*)::int from dashboard_layouts l where l.tenant_id = d.tenant_id and l.dashboard_id = d.id)
                 as layouts
          from dashboards d join workspaces w on w.tenant_id = d.tenant_id and w.id = d.workspace_id
         order by d.tenant_id`,
  );

describe("saveDashboardLayout", () => {
  it("round-trips one user's layout while another user keeps the default", async () => {
    expect(await storedRows()).toEqual([]);
    await expect(save(maria, sideBySide)).resolves.toEqual(sideBySide);
    expect(await positions(maria)).toEqual([sideBySide[1], sideBySide[0]]);
    expect(await positions(dev)).toEqual(defaultLayout());
    expect(await positions()).toEqual(defaultLayout());
    const tile = await loadWidget({
      database: company.database,
      tenantId: company.acmeId,
      slug,
      widgetId: "finance-snapshot",
      now: DEMO_NOW,
      userId: maria,
    });
    expect(tile.position).toEqual({ x: 0, y: 0, w: 6, h: 4 });
  });

  it("creates the dashboard row once, in the tenant's default workspace, and replaces a user's earlier layout", async () => {
    const moved = sideBySide.map((entry) => ({ ...entry, y: entry.y + 2 }));
    await save(maria, moved);
    await save(dev, sideBySide);
    expect(await positions(maria)).toEqual([moved[1], moved[0]]);
    expect(await positions(dev)).toEqual([sideBySide[1], sideBySide[0]]);
    expect(await storedRows()).toEqual([
      { tenantId: company.acmeId, slug, workspaceId: expect.any(String), isDefault: true, layouts: 2 },
    ]);
  });

  it("refuses invalid layouts with messages that say what is wrong, storing nothing", async () => {
    const before = await positions(maria);
    const refusal = (layout: unknown) => save(maria, layout).catch((error: unknown) => error);
    const overflowing = await refusal([sideBySide[0], { ...sideBySide[1], x: 8 }]);
    expect(overflowing).toBeInstanceOf(DashboardLayoutInvalidError);
    expect((overflowing as Error).message).toContain('widget "sales-funnel" reaches column 14 (x 8 + w 6)');
    expect(((await refusal([sideBySide[0], { ...sideBySide[0], y: 9 }])) as Error).message).toContain(
      'widget "finance-snapshot" is placed more than once',
    );
    expect(
      ((await refusal([...sideBySide, { widgetId: "hiring-pipeline", x: 0, y: 9, w: 1, h: 1 }])) as Error)
        .message,
    ).toContain('widget "hiring-pipeline" is not on the dashboard "sales-funnel"');
    expect(((await refusal([{ ...sideBySide[0], w: 0 }, sideBySide[1]])) as Error).message).toMatch(
      /layout\[0\] \(finance-snapshot\)\.w: /,
    );
    expect(await positions(maria)).toEqual(before);
  });

  it("refuses users who are not members of the tenant and unknown dashboards", async () => {
    const globexUser = company.globexUserId;
    for (const userId of [globexUser, randomUUID(), "maria"]) {
      await expect(save(userId, sideBySide)).rejects.toThrow(DashboardUserNotMemberError);
    }
    await expect(
      saveDashboardLayout({
        database: company.database,
        tenantId: company.acmeId,
        userId: maria,
        slug: "board-room",
        layout: [],
      }),
    ).rejects.toThrow(DashboardNotFoundError);
  });

  it("keeps each tenant's layouts apart", async () => {
    const globexLayout = [
      { widgetId: "sales-funnel", x: 0, y: 0, w: 12, h: 3 },
      { widgetId: "finance-snapshot", x: 0, y: 3, w: 12, h: 3 },
    ];
    await save(company.globexUserId, globexLayout, company.globexId);
    expect(await positions(company.globexUserId, company.globexId)).toEqual(globexLayout);
    expect(await positions(maria)).toEqual([
      { ...sideBySide[1], y: 2 },
      { ...sideBySide[0], y: 2 },
    ]);
    const rows = await storedRows();
    expect(rows.map((row) => row.tenantId).sort()).toEqual([company.acmeId, company.globexId].sort());
  });
});

describe("resetDashboardLayout", () => {
  it("brings back the default layout for that user only", async () => {
    const reset = () =>
      resetDashboardLayout({ database: company.database, tenantId: company.acmeId, userId: dev, slug });
    await expect(reset()).resolves.toEqual({ reset: true });
    await expect(reset()).resolves.toEqual({ reset: false });
    expect(await positions(dev)).toEqual(defaultLayout());
    expect(await positions(maria)).not.toEqual(defaultLayout());
    await expect(
      resetDashboardLayout({
        database: company.database,
        tenantId: company.acmeId,
        userId: maria,
        slug: "hiring-pipeline",
      }),
    ).resolves.toEqual({ reset: false });
  });
});
