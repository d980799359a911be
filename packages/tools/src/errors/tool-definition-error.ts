/**
 * A tool in the registry's list is malformed (a duplicate or invalid name, a schema Ajv cannot compile, a limit out
 * of range). Thrown at start-up, when the registry is built, so it never reaches a caller.
 */
export class ToolDefinitionError extends Error {
  override readonly name = "ToolDefinitionError";
  readonly code = "PENNY_TOOL_DEFINITION_INVALID";
  constructor(
    readonly toolName: string,
    message: string,
  ) {
    super(`Tool "${toolName}": ${message}`);
  }
}
