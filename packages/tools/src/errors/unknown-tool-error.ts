import { ToolError } from "./tool-error.ts";

/** The call names a tool that is not registered. */
export class UnknownToolError extends ToolError {
  override readonly name = "UnknownToolError";
  override readonly code = "PENNY_TOOL_UNKNOWN";
  constructor(toolName: string) {
    super(toolName, `There is no tool named "${toolName}".`);
  }
}
