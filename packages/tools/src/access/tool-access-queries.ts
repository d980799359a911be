import { evaluateGrantsFor, type GrantDecision } from "@penny/auth";
import { type MemberRole, schema, type Tx } from "@penny/db";
import { and, eq, inArray } from "drizzle-orm";

/** A tenant's own setting for one tool (the `tools` row), when it has one. */
export interface ToolSetting {
  enabled: boolean;
  requiresApproval: boolean;
}

/** The tenant's settings for the named tools; a tool the tenant never configured has none. */
export async function findToolSettings(tx: Tx, names: string[]): Promise<Map<string, ToolSetting>> {
  if (names.length === 0) return new Map();
  const rows = await tx
    .select({
      name: schema.tools.name,
      enabled: schema.tools.enabled,
      requiresApproval: schema.tools.requiresApproval,
    })
    .from(schema.tools)
    .where(inArray(schema.tools.name, names));
  return new Map(rows.map(({ name, ...setting }) => [name, setting]));
}

/**
 * What the grants say about each named tool for this caller. A member goes through evaluateGrantsFor (user, then
 * group, then role); a caller without a user (a service key) can only be named by its role, if it has one.
 */
export async function toolGrantDecisions(
  tx: Tx,
  options: { userId: string | null; role: MemberRole | null; toolNames: string[] },
): Promise<Map<string, GrantDecision>> {
  const { role, toolNames } = options;
  if (!role || toolNames.length === 0) return new Map(toolNames.map((name) => [name, "default"]));
  if (options.userId) {
    return evaluateGrantsFor(tx, {
      userId: options.userId,
      role,
      resourceType: "tool",
      resourceIds: toolNames,
    });
  }
  const rows = await tx
    .select({ resourceId: schema.grants.resourceId, effect: schema.grants.effect })
    .from(schema.grants)
    .where(
      and(
        eq(schema.grants.resourceType, "tool"),
        inArray(schema.grants.resourceId, toolNames),
        eq(schema.grants.subjectType, "role"),
        eq(schema.grants.subjectId, role),
      ),
    );
  return new Map(
    toolNames.map((name) => {
      const effects = rows.filter((row) => row.resourceId === name).map((row) => row.effect);
      const decision: GrantDecision = effects.includes("deny")
        ? "deny"
        : effects.includes("allow")
          ? "allow"
          : "default";
      return [name, decision];
    }),
  );
}
