import { ToolError } from "./tool-error.ts";

/** The caller may not use the tool: their role lacks its permission, a grant denies it, or the tenant turned it off. */
export class ToolForbiddenError extends ToolError {
  override readonly name = "ToolForbiddenError";
  override readonly code = "PENNY_TOOL_FORBIDDEN";
  constructor(
    toolName: string,
    /** Why, in words a person can act on (ask an admin for the permission, the grant, or to enable the tool). */
    readonly reason: string,
  ) {
    super(toolName, `You may not use the tool "${toolName}": ${reason}`);
  }
}
