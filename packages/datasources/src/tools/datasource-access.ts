import { type MemberRole, schema, type Tx } from "@penny/db";
import { and, eq } from "drizzle-orm";
import type { DatasourceView } from "../store/datasource-store.ts";

/** What the grants say about one resource for one member (`evaluateGrantsFor` of @penny/auth has this shape). */
export type EvaluateDatasourceGrants = (
  tx: Tx,
  options: { userId: string; role: MemberRole; resourceType: "datasource"; resourceIds: string[] },
) => Promise<Map<string, "allow" | "deny" | "default">>;

/**
 * The datasources of `candidates` the caller may query, mirroring the tool rule: the role's permission (`tools:use`,
 * checked by the tool router before the call) comes first; then a grant decides — the most specific subject (user,
 * then group, then role) speaks and a deny beats an allow there; without a grant the datasource is open to the role.
 * A caller without a member (a service key) may only use datasources no grant names at all.
 */
export async function allowedDatasources(
  tx: Tx,
  evaluate: EvaluateDatasourceGrants,
  userId: string | null,
  candidates: DatasourceView[],
): Promise<{ allowed: DatasourceView[]; denied: DatasourceView[] }> {
  const ids = candidates.map((candidate) => candidate.id);
  let decisions: Map<string, "allow" | "deny" | "default">;
  const role = userId ? await memberRole(tx, userId) : undefined;
  if (userId && role) {
    decisions = await evaluate(tx, { userId, role, resourceType: "datasource", resourceIds: ids });
  } else {
    const named = await tx
      .select({ resourceId: schema.grants.resourceId })
      .from(schema.grants)
      .where(eq(schema.grants.resourceType, "datasource"));
    const withGrants = new Set(named.map((row) => row.resourceId));
    decisions = new Map(ids.map((id) => [id, withGrants.has(id) ? "deny" : "default"]));
  }
  const allowed = candidates.filter((candidate) => decisions.get(candidate.id) !== "deny");
  const denied = candidates.filter((candidate) => decisions.get(candidate.id) === "deny");
  return { allowed, denied };
}

async function memberRole(tx: Tx, userId: string): Promise<MemberRole | undefined> {
  const [row] = await tx
    .select({ role: schema.memberships.role })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.userId, userId), eq(schema.memberships.status, "active")));
  return row?.role;
}
