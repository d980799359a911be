import type { Tool } from "../tool.ts";
import type { ToolSetting } from "./tool-access-queries.ts";

/**
 * Whether a call must wait for a person: the tool always asks, the tenant asks for this tool, or the tool changes
 * something outside Penny and the tenant has not relaxed that (a `tools` row with requiresApproval = false does).
 */
export function needsApproval(tool: Tool, setting: ToolSetting | undefined): boolean {
  if (tool.approval === "always") return true;
  if (setting?.requiresApproval === true) return true;
  return tool.sideEffect && setting === undefined;
}
