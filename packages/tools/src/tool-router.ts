import type { Database, Tx } from "@penny/db";
import { decideToolAccess, decideToolsAccess } from "./access/decide-tool-access.ts";
import { ToolForbiddenError } from "./errors/tool-forbidden-error.ts";
import { ToolNotAllowedError } from "./errors/tool-not-allowed-error.ts";
import { UnknownToolError } from "./errors/unknown-tool-error.ts";
import type { ToolRegistry } from "./registry.ts";
import { runToolCall } from "./run-tool-call.ts";
import { Semaphore } from "./semaphore.ts";
import type { Tool, ToolContext } from "./tool.ts";
import type { ToolCaller } from "./tool-caller.ts";
import { describeTool, type ToolDescription } from "./tool-description.ts";
import type { ToolExecution } from "./tool-execution.ts";

export interface ToolRouterOptions {
  registry: ToolRegistry;
  database: Database;
  /** A monotonic clock in milliseconds, for durations; defaults to performance.now. */
  now?: () => number;
}

export interface AuthorizeToolCallOptions {
  caller: ToolCaller;
  name: string;
  arguments: unknown;
  /** The tools the message (or its preset) allows; empty or absent means every tool the caller may use. */
  toolsAllowed?: readonly string[] | null | undefined;
}

/** A call that passed every check: the tool, its validated arguments (defaults applied) and whether to ask first. */
export interface CheckedToolCall {
  tool: Tool;
  arguments: Record<string, unknown>;
  needsApproval: boolean;
}

export interface ToolRouter {
  /**
   * The tools this caller may use (role permission, grants, the tenant's switch), in registry order; inside `tx`
   * when given (the caller's tenant transaction), else in a transaction of its own.
   */
  available(caller: ToolCaller, tx?: Tx): Promise<ToolDescription[]>;
  /** Checks a call; throws UnknownToolError, ToolNotAllowedError, ToolForbiddenError or ToolArgumentsError. */
  authorize(options: AuthorizeToolCallOptions): Promise<CheckedToolCall>;
  /** Runs a checked call within the tool's timeout and concurrency limit; never throws for the tool's failure. */
  execute(
    call: CheckedToolCall,
    context: Omit<ToolContext, "signal">,
    options?: { signal?: AbortSignal },
  ): Promise<ToolExecution>;
  /** Calls of the tool waiting for a concurrency slot, for metrics. */
  queueLength(name: string): number;
  /** Calls of the tool running now, for metrics. */
  runningCount(name: string): number;
}

/** The one way a tool is called: access checked in the caller's tenant, arguments validated, limits enforced. */
export function createToolRouter(options: ToolRouterOptions): ToolRouter {
  const { registry, database } = options;
  const clock = options.now ?? (() => performance.now());
  const slotsByTool = new Map<string, Semaphore>();
  const slotsOf = (tool: Tool) => {
    let slots = slotsByTool.get(tool.name);
    if (!slots) {
      slots = new Semaphore(tool.concurrency);
      slotsByTool.set(tool.name, slots);
    }
    return slots;
  };

  return {
    available: (caller, tx) => {
      const list = async (scoped: Tx) => {
        const tools = await offeredTools(scoped, registry.list());
        const access = await decideToolsAccess(scoped, caller, tools);
        return tools.filter((tool) => access.get(tool.name)?.allowed).map(describeTool);
      };
      return tx ? list(tx) : database.withTenant(caller.tenantId, list);
    },

    authorize: async ({ caller, name, arguments: input, toolsAllowed }) => {
      const tool = registry.get(name);
      if (!tool) throw new UnknownToolError(name);
      if (toolsAllowed && toolsAllowed.length > 0 && !toolsAllowed.includes(name)) {
        throw new ToolNotAllowedError(name, toolsAllowed);
      }
      const access = await database.withTenant(caller.tenantId, async (tx) =>
        (await offeredTools(tx, [tool])).length === 0
          ? ({ allowed: false, reason: "it is not set up for this organisation." } as const)
          : decideToolAccess(tx, caller, tool),
      );
      if (!access.allowed) throw new ToolForbiddenError(name, access.reason);
      return {
        tool,
        arguments: registry.validateArguments(name, input),
        needsApproval: access.needsApproval,
      };
    },

    execute: (call, context, executeOptions = {}) =>
      runToolCall({
        tool: call.tool,
        arguments: call.arguments,
        context,
        slots: slotsOf(call.tool),
        signal: executeOptions.signal,
        clock,
      }),

    queueLength: (name) => slotsByTool.get(name)?.waiting ?? 0,
    runningCount: (name) => slotsByTool.get(name)?.running ?? 0,
  };
}

/** The tools offered to the tenant of `tx`: those without `availableFor`, and those whose check says yes. */
async function offeredTools(tx: Tx, tools: readonly Tool[]): Promise<Tool[]> {
  const offered: Tool[] = [];
  for (const tool of tools) if (!tool.availableFor || (await tool.availableFor(tx))) offered.push(tool);
  return offered;
}
