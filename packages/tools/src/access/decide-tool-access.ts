import type { Tx } from "@penny/db";
import type { Tool } from "../tool.ts";
import type { ToolCaller } from "../tool-caller.ts";
import { needsApproval } from "./needs-approval.ts";
import { findToolSetting, toolGrantDecision } from "./tool-access-queries.ts";

/** Whether the caller may use a tool and, if so, whether each call needs a person's approval. */
export type ToolAccess = { allowed: true; needsApproval: boolean } | { allowed: false; reason: string };

/**
 * The access decision for one tool, inside the caller's tenant transaction. The role's permission is required; then
 * a grant decides (deny wins, allow beats the tenant's switch); without a grant, the tenant's `tools` row does.
 */
export async function decideToolAccess(tx: Tx, caller: ToolCaller, tool: Tool): Promise<ToolAccess> {
  if (!caller.permissions.has(tool.permission)) {
    const holder = caller.role ? `your role (${caller.role})` : "this caller";
    return { allowed: false, reason: `${holder} does not have the permission ${tool.permission}.` };
  }
  const decision = await toolGrantDecision(tx, {
    userId: caller.userId,
    role: caller.role,
    toolName: tool.name,
  });
  if (decision === "deny") return { allowed: false, reason: "an administrator's grant denies it to you." };
  const setting = await findToolSetting(tx, { name: tool.name });
  if (decision === "default" && setting?.enabled === false) {
    return { allowed: false, reason: "it is turned off for this organisation." };
  }
  return { allowed: true, needsApproval: needsApproval(tool, setting) };
}
