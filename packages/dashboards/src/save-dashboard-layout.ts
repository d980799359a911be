import type { Database } from "@penny/db";
import type { DashboardLayout } from "./dashboard-layout.ts";
import { DashboardUserNotMemberError } from "./dashboard-user-not-member-error.ts";
import { DashboardWorkspaceMissingError } from "./dashboard-workspace-missing-error.ts";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import {
  findDefaultWorkspaceId,
  insertDashboard,
  isTenantMember,
  upsertDashboardLayout,
} from "./layout-queries.ts";
import { parseUserId } from "./parse-user-id.ts";
import { validateDashboardLayout } from "./validate-dashboard-layout.ts";

export interface SaveDashboardLayoutOptions {
  database: Database;
  tenantId: string;
  userId: string;
  slug: string;
  layout: unknown;
}

/**
 * Keeps one member's arrangement of a built-in dashboard. The layout is checked first (see
 * validateDashboardLayout); the tenant's `dashboards` row is made on the first save, in its default workspace.
 */
export async function saveDashboardLayout(options: SaveDashboardLayoutOptions): Promise<DashboardLayout> {
  const definition = getDashboardDefinition(options.slug);
  const layout = validateDashboardLayout(definition, options.layout);
  const userId = parseUserId(options.userId);
  const { tenantId } = options;
  return options.database.withTenant(tenantId, async (tx) => {
    if (!(await isTenantMember(tx, { userId }))) throw new DashboardUserNotMemberError(userId);
    const workspaceId = await findDefaultWorkspaceId(tx);
    if (!workspaceId) throw new DashboardWorkspaceMissingError();
    const dashboardId = await insertDashboard(tx, {
      tenantId,
      workspaceId,
      slug: definition.slug,
      title: definition.title,
      filters: definition.defaultFilters,
      layout: definition.defaultLayout,
    });
    if (!dashboardId) throw new Error(`The dashboard ${definition.slug} was neither created nor found`);
    await upsertDashboardLayout(tx, { tenantId, dashboardId, userId, layout });
    return layout;
  });
}
