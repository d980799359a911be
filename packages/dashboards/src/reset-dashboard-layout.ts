import type { Database } from "@penny/db";
import { getDashboardDefinition } from "./get-dashboard-definition.ts";
import { deleteDashboardLayout } from "./layout-queries.ts";
import { parseUserId } from "./parse-user-id.ts";

/** Forgets a member's arrangement of a dashboard, so they see its default layout again; whether one was kept. */
export async function resetDashboardLayout(options: {
  database: Database;
  tenantId: string;
  userId: string;
  slug: string;
}): Promise<{ reset: boolean }> {
  const definition = getDashboardDefinition(options.slug);
  const userId = parseUserId(options.userId);
  const reset = await options.database.withTenant(options.tenantId, (tx) =>
    deleteDashboardLayout(tx, { slug: definition.slug, userId }),
  );
  return { reset };
}
