import { evaluateGrants, type GrantDecision } from "@penny/auth";
import { type MemberRole, schema, type Tx } from "@penny/db";
import { and, eq } from "drizzle-orm";

/** A tenant's own setting for one tool (the `tools` row), when it has one. */
export interface ToolSetting {
  enabled: boolean;
  requiresApproval: boolean;
}

/** The tenant's setting for the tool named `name`, or undefined when the tenant never configured it. */
export async function findToolSetting(tx: Tx, options: { name: string }): Promise<ToolSetting | undefined> {
  const [row] = await tx
    .select({ enabled: schema.tools.enabled, requiresApproval: schema.tools.requiresApproval })
    .from(schema.tools)
    .where(eq(schema.tools.name, options.name));
  return row;
}

/**
 * What the grants say about one tool for this caller. A member goes through evaluateGrants (user, then group, then
 * role); a caller without a user (a service key) can only be named by its role, if it has one.
 */
export async function toolGrantDecision(
  tx: Tx,
  options: { userId: string | null; role: MemberRole | null; toolName: string },
): Promise<GrantDecision> {
  if (!options.role) return "default";
  if (options.userId) {
    return evaluateGrants(tx, {
      userId: options.userId,
      role: options.role,
      resourceType: "tool",
      resourceId: options.toolName,
    });
  }
  const effects = (
    await tx
      .select({ effect: schema.grants.effect })
      .from(schema.grants)
      .where(
        and(
          eq(schema.grants.resourceType, "tool"),
          eq(schema.grants.resourceId, options.toolName),
          eq(schema.grants.subjectType, "role"),
          eq(schema.grants.subjectId, options.role),
        ),
      )
  ).map((row) => row.effect);
  if (effects.includes("deny")) return "deny";
  if (effects.includes("allow")) return "allow";
  return "default";
}
