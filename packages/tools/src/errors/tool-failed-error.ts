/**
 * Thrown by a tool when the call cannot be answered for a reason the model and the person should read (an id that
 * does not exist, a field that is not in the data). The router turns it into a `failed` outcome with this message.
 */
export class ToolFailedError extends Error {
  override readonly name = "ToolFailedError";
  readonly code = "PENNY_TOOL_FAILED";
}
