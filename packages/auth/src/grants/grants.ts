import { type Database, type MemberRole, schema, type Tx } from "@penny/db";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { AuthError } from "../auth-error.ts";

export const grantInputSchema = z.object({
  subjectType: z.enum(["role", "group", "user"]),
  subjectId: z.string().min(1).max(200).describe("A role name, a group id or a user id"),
  resourceType: z.enum(["tool", "datasource"]),
  resourceId: z.string().min(1).max(200).describe("A tool name or a datasource id"),
  effect: z.enum(["allow", "deny"]),
});

export type GrantInput = z.infer<typeof grantInputSchema>;
export type Grant = typeof schema.grants.$inferSelect;

/** Grants of the tenant, optionally for one resource. */
export async function listGrants(
  database: Database,
  options: { tenantId: string; resourceType?: "tool" | "datasource"; resourceId?: string },
): Promise<Grant[]> {
  return database.withTenant(options.tenantId, (tx) =>
    tx
      .select()
      .from(schema.grants)
      .where(
        and(
          options.resourceType ? eq(schema.grants.resourceType, options.resourceType) : undefined,
          options.resourceId ? eq(schema.grants.resourceId, options.resourceId) : undefined,
        ),
      )
      .orderBy(asc(schema.grants.resourceType), asc(schema.grants.resourceId), asc(schema.grants.createdAt)),
  );
}

/** Sets the grant for one subject on one resource (a second call for the same pair changes its effect). */
export async function putGrant(
  database: Database,
  options: { tenantId: string; grant: GrantInput; audit?: (tx: Tx, grant: Grant) => Promise<void> },
): Promise<Grant> {
  return database.withTenant(options.tenantId, async (tx) => {
    await refuseUnknownSubject(tx, options.grant);
    const [grant] = await tx
      .insert(schema.grants)
      .values({ tenantId: options.tenantId, ...options.grant })
      .onConflictDoUpdate({
        target: [
          schema.grants.tenantId,
          schema.grants.subjectType,
          schema.grants.subjectId,
          schema.grants.resourceType,
          schema.grants.resourceId,
        ],
        set: { effect: options.grant.effect },
      })
      .returning();
    if (!grant) throw new Error("Storing a grant returned no row");
    await options.audit?.(tx, grant);
    return grant;
  });
}

export async function deleteGrant(
  database: Database,
  options: { tenantId: string; grantId: string; audit?: (tx: Tx, grant: Grant) => Promise<void> },
): Promise<void> {
  await database.withTenant(options.tenantId, async (tx) => {
    const [grant] = await tx.delete(schema.grants).where(eq(schema.grants.id, options.grantId)).returning();
    if (!grant) throw new AuthError("PENNY_NOT_FOUND", "No such grant.");
    await options.audit?.(tx, grant);
  });
}

export type GrantDecision = "allow" | "deny" | "default";

/**
 * Whether a member may use a tool or datasource, from the grants alone. The most specific subject decides (user,
 * then group, then role); at one level a deny beats an allow. "default" means no grant speaks, and the caller
 * falls back to its own default (the tool router: whether the tool is enabled for the tenant).
 */
export async function evaluateGrants(
  tx: Tx,
  options: { userId: string; role: MemberRole; resourceType: "tool" | "datasource"; resourceId: string },
): Promise<GrantDecision> {
  const decisions = await evaluateGrantsFor(tx, { ...options, resourceIds: [options.resourceId] });
  return decisions.get(options.resourceId) ?? "default";
}

/**
 * `evaluateGrants` for several resources of one type in one statement (the member's groups are a subquery): what a
 * run needs to list the tools a caller may use before its first token.
 */
export async function evaluateGrantsFor(
  tx: Tx,
  options: { userId: string; role: MemberRole; resourceType: "tool" | "datasource"; resourceIds: string[] },
): Promise<Map<string, GrantDecision>> {
  const decisions = new Map<string, GrantDecision>(options.resourceIds.map((id) => [id, "default"]));
  if (options.resourceIds.length === 0) return decisions;
  const memberGroups = tx
    .select({ groupId: sql<string>`${schema.groupMembers.groupId}::text` })
    .from(schema.groupMembers)
    .where(eq(schema.groupMembers.userId, options.userId));
  const grants = await tx
    .select({
      resourceId: schema.grants.resourceId,
      subjectType: schema.grants.subjectType,
      effect: schema.grants.effect,
    })
    .from(schema.grants)
    .where(
      and(
        eq(schema.grants.resourceType, options.resourceType),
        inArray(schema.grants.resourceId, options.resourceIds),
        or(
          and(eq(schema.grants.subjectType, "user"), eq(schema.grants.subjectId, options.userId)),
          and(eq(schema.grants.subjectType, "role"), eq(schema.grants.subjectId, options.role)),
          and(eq(schema.grants.subjectType, "group"), inArray(schema.grants.subjectId, memberGroups)),
        ),
      ),
    );
  for (const resourceId of options.resourceIds) {
    const mine = grants.filter((grant) => grant.resourceId === resourceId);
    decisions.set(resourceId, mostSpecificDecision(mine));
  }
  return decisions;
}

/** The most specific subject decides (user, then group, then role); at one level a deny beats an allow. */
function mostSpecificDecision(grants: { subjectType: string; effect: string }[]): GrantDecision {
  for (const level of ["user", "group", "role"] as const) {
    const effects = grants.filter((grant) => grant.subjectType === level).map((grant) => grant.effect);
    if (effects.includes("deny")) return "deny";
    if (effects.includes("allow")) return "allow";
  }
  return "default";
}

async function refuseUnknownSubject(tx: Tx, grant: GrantInput): Promise<void> {
  if (grant.subjectType === "role") {
    if (!(schema.memberRoles as readonly string[]).includes(grant.subjectId)) {
      throw new AuthError("PENNY_NOT_FOUND", `There is no role "${grant.subjectId}".`);
    }
    return;
  }
  const uuid = z.uuid().safeParse(grant.subjectId);
  const found = !uuid.success
    ? []
    : grant.subjectType === "group"
      ? await tx.select({ id: schema.groups.id }).from(schema.groups).where(eq(schema.groups.id, uuid.data))
      : await tx
          .select({ id: schema.memberships.userId })
          .from(schema.memberships)
          .where(eq(schema.memberships.userId, uuid.data));
  if (found.length === 0)
    throw new AuthError("PENNY_NOT_FOUND", `No such ${grant.subjectType} in this tenant.`);
}
