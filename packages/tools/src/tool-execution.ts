import type { ToolResult } from "./tool.ts";

/** How a call ended. Mirrors the tool invocation statuses the chat run stores. */
export type ToolOutcome = "succeeded" | "failed" | "timed_out" | "cancelled";

/** What `execute` reports: never a thrown error for the tool's own failure, always an outcome and a duration. */
export interface ToolExecution {
  outcome: ToolOutcome;
  result?: ToolResult;
  /** Why the call did not succeed, for the model and the person. */
  error?: string;
  /** The `code` of the error the tool threw, when it had one (e.g. PENNY_TOOL_FAILED). */
  errorCode?: string;
  /** Time the tool ran, from taking its concurrency slot to its outcome (waiting in the queue not included). */
  durationMs: number;
}
