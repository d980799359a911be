import type { Semaphore } from "./semaphore.ts";
import type { Tool, ToolContext, ToolResult } from "./tool.ts";
import type { ToolExecution } from "./tool-execution.ts";

export interface RunToolCallOptions {
  tool: Tool;
  arguments: Record<string, unknown>;
  context: Omit<ToolContext, "signal">;
  /** The tool's concurrency limit in this router. */
  slots: Semaphore;
  /** Aborting it cancels the call, whether it waits for a slot or runs. */
  signal?: AbortSignal | undefined;
  /** Milliseconds on a monotonic clock, for the duration. */
  clock: () => number;
}

/**
 * Runs one checked call within the tool's concurrency limit and timeout. On timeout or cancellation the tool's
 * signal is aborted and the caller stops waiting at once; the slot is given back then too, so a tool that ignores
 * its signal cannot hold the slot for ever (it may briefly run beside the next call).
 */
export async function runToolCall(options: RunToolCallOptions): Promise<ToolExecution> {
  const { tool, signal } = options;
  let release: () => void;
  try {
    release = await options.slots.acquire(signal);
  } catch {
    return {
      outcome: "cancelled",
      error: `The call to ${tool.name} was cancelled before it started.`,
      durationMs: 0,
    };
  }
  const startedAt = options.clock();
  const elapsed = () => Math.max(0, Math.round(options.clock() - startedAt));
  const controller = new AbortController();

  try {
    return await new Promise<ToolExecution>((resolve) => {
      let settled = false;
      const finish = (execution: Omit<ToolExecution, "durationMs">) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onCancel);
        resolve({ ...execution, durationMs: elapsed() });
      };
      const timer = setTimeout(() => {
        const message = `${tool.name} did not finish within ${tool.timeoutMs} ms.`;
        controller.abort(new DOMException(message, "TimeoutError"));
        finish({ outcome: "timed_out", error: message });
      }, tool.timeoutMs);
      const onCancel = () => {
        controller.abort(signal?.reason);
        finish({ outcome: "cancelled", error: `The call to ${tool.name} was cancelled.` });
      };
      if (signal?.aborted) return onCancel();
      signal?.addEventListener("abort", onCancel, { once: true });

      // Started in a microtask so that a tool throwing synchronously is a failure like any other.
      Promise.resolve()
        .then(() => tool.execute(options.arguments, { ...options.context, signal: controller.signal }))
        .then(
          (result) => finish(checkResult(tool.name, result)),
          (error: unknown) => finish(failure(error)),
        );
    });
  } finally {
    release();
  }
}

function checkResult(toolName: string, result: ToolResult): Omit<ToolExecution, "durationMs"> {
  if (typeof result !== "object" || result === null || typeof result.summary !== "string") {
    return { outcome: "failed", error: `${toolName} returned no result summary.` };
  }
  return { outcome: "succeeded", result };
}

function failure(error: unknown): Omit<ToolExecution, "durationMs"> {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string"
    ? { outcome: "failed", error: message, errorCode: code }
    : { outcome: "failed", error: message };
}
