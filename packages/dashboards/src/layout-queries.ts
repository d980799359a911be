import { resultRows, schema, type Tx } from "@penny/db";
import { and, eq, sql } from "drizzle-orm";

/** Whether `userId` is a member of the transaction's tenant. */
export async function isTenantMember(tx: Tx, { userId }: { userId: string }): Promise<boolean> {
  const result = await tx.execute(sql`select 1 from memberships where user_id = ${userId}`);
  return resultRows(result).length > 0;
}

/** The tenant's default workspace, where built-in dashboards are kept; undefined when it has none. */
export async function findDefaultWorkspaceId(tx: Tx): Promise<string | undefined> {
  const [workspace] = await tx
    .select({ id: schema.workspaces.id })
    .from(schema.workspaces)
    .where(eq(schema.workspaces.isDefault, true))
    .orderBy(schema.workspaces.createdAt)
    .limit(1);
  return workspace?.id;
}

/** The id of the tenant's `dashboards` row for `slug`, if one was made. */
export async function findDashboardId(tx: Tx, { slug }: { slug: string }): Promise<string | undefined> {
  const [dashboard] = await tx
    .select({ id: schema.dashboards.id })
    .from(schema.dashboards)
    .where(eq(schema.dashboards.slug, slug));
  return dashboard?.id;
}

/** Creates the tenant's row for a built-in dashboard unless another request just did; returns its id. */
export async function insertDashboard(
  tx: Tx,
  values: {
    tenantId: string;
    workspaceId: string;
    slug: string;
    title: string;
    filters: Record<string, unknown>;
    layout: unknown[];
  },
): Promise<string | undefined> {
  const [inserted] = await tx
    .insert(schema.dashboards)
    .values(values)
    .onConflictDoNothing({ target: [schema.dashboards.tenantId, schema.dashboards.slug] })
    .returning({ id: schema.dashboards.id });
  return inserted?.id ?? (await findDashboardId(tx, { slug: values.slug }));
}

/** Stores a user's layout of a dashboard, replacing the one they had. */
export async function upsertDashboardLayout(
  tx: Tx,
  values: { tenantId: string; dashboardId: string; userId: string; layout: unknown[] },
): Promise<void> {
  await tx
    .insert(schema.dashboardLayouts)
    .values(values)
    .onConflictDoUpdate({
      target: [
        schema.dashboardLayouts.tenantId,
        schema.dashboardLayouts.dashboardId,
        schema.dashboardLayouts.userId,
      ],
      set: { layout: values.layout, updatedAt: sql`now()` },
    });
}

/** A user's saved layout of the dashboard `slug`, or undefined. */
export async function selectDashboardLayout(
  tx: Tx,
  { slug, userId }: { slug: string; userId: string },
): Promise<unknown[] | undefined> {
  const [row] = await tx
    .select({ layout: schema.dashboardLayouts.layout })
    .from(schema.dashboardLayouts)
    .innerJoin(schema.dashboards, eq(schema.dashboards.id, schema.dashboardLayouts.dashboardId))
    .where(and(eq(schema.dashboards.slug, slug), eq(schema.dashboardLayouts.userId, userId)));
  return row?.layout;
}

/** Forgets a user's layout of the dashboard `slug`; whether there was one. */
export async function deleteDashboardLayout(
  tx: Tx,
  { slug, userId }: { slug: string; userId: string },
): Promise<boolean> {
  const dashboardId = await findDashboardId(tx, { slug });
  if (!dashboardId) return false;
  const deleted = await tx
    .delete(schema.dashboardLayouts)
    .where(
      and(eq(schema.dashboardLayouts.dashboardId, dashboardId), eq(schema.dashboardLayouts.userId, userId)),
    )
    .returning({ id: schema.dashboardLayouts.id });
  return deleted.length > 0;
}
