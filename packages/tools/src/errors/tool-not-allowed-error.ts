import { ToolError } from "./tool-error.ts";

/** The message (or its preset) limits the tools the assistant may use, and this one is not among them. */
export class ToolNotAllowedError extends ToolError {
  override readonly name = "ToolNotAllowedError";
  override readonly code = "PENNY_TOOL_NOT_ALLOWED";
  constructor(
    toolName: string,
    readonly toolsAllowed: readonly string[],
  ) {
    super(
      toolName,
      `The tool "${toolName}" is not allowed for this message; allowed tools: ${toolsAllowed.join(", ")}.`,
    );
  }
}
