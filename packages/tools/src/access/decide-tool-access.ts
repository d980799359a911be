import type { Tx } from "@penny/db";
import type { Tool } from "../tool.ts";
import type { ToolCaller } from "../tool-caller.ts";
import { needsApproval } from "./needs-approval.ts";
import { findToolSettings, toolGrantDecisions } from "./tool-access-queries.ts";

/** Whether the caller may use a tool and, if so, whether each call needs a person's approval. */
export type ToolAccess = { allowed: true; needsApproval: boolean } | { allowed: false; reason: string };

/** The access decision for one tool; see decideToolsAccess. */
export async function decideToolAccess(tx: Tx, caller: ToolCaller, tool: Tool): Promise<ToolAccess> {
  return (await decideToolsAccess(tx, caller, [tool])).get(tool.name) as ToolAccess;
}

/**
 * The access decision for each tool, inside the caller's tenant transaction, in two statements whatever the number
 * of tools. The role's permission is required; then a grant decides (deny wins, allow beats the tenant's switch);
 * without a grant, the tenant's `tools` row does.
 */
export async function decideToolsAccess(
  tx: Tx,
  caller: ToolCaller,
  tools: readonly Tool[],
): Promise<Map<string, ToolAccess>> {
  const access = new Map<string, ToolAccess>();
  const permitted: Tool[] = [];
  for (const tool of tools) {
    if (caller.permissions.has(tool.permission)) {
      permitted.push(tool);
      continue;
    }
    const holder = caller.role ? `your role (${caller.role})` : "this caller";
    access.set(tool.name, {
      allowed: false,
      reason: `${holder} does not have the permission ${tool.permission}.`,
    });
  }
  const names = permitted.map((tool) => tool.name);
  const decisions = await toolGrantDecisions(tx, {
    userId: caller.userId,
    role: caller.role,
    toolNames: names,
  });
  const settings = await findToolSettings(tx, names);
  for (const tool of permitted) {
    const decision = decisions.get(tool.name) ?? "default";
    const setting = settings.get(tool.name);
    if (decision === "deny") {
      access.set(tool.name, { allowed: false, reason: "an administrator's grant denies it to you." });
    } else if (decision === "default" && setting?.enabled === false) {
      access.set(tool.name, { allowed: false, reason: "it is turned off for this organisation." });
    } else {
      access.set(tool.name, { allowed: true, needsApproval: needsApproval(tool, setting) });
    }
  }
  return access;
}
