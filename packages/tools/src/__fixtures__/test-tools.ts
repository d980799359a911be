import { ToolFailedError } from "../errors/tool-failed-error.ts";
import type { Tool } from "../tool.ts";
import { deferred } from "./deferred.ts";

const textArgument = {
  type: "object",
  properties: { text: { type: "string", minLength: 1 }, times: { type: "integer", minimum: 1, default: 1 } },
  required: ["text"],
  additionalProperties: false,
} as const;

/** A tool without side effects that repeats its text; `name` lets each test own one. */
export function echoTool(name: string, overrides: Partial<Tool> = {}): Tool {
  return {
    name,
    description: "Repeats the text it is given.",
    inputSchema: textArgument,
    permission: "tools:use",
    sideEffect: false,
    approval: "never",
    timeoutMs: 10_000,
    concurrency: 4,
    async execute(args) {
      const text = String(args.text).repeat(Number(args.times));
      return { summary: `Echoed ${text}`, data: { text } };
    },
    ...overrides,
  };
}

/** A tool that fails the way tools should: with a message for the model. */
export function failingTool(name: string): Tool {
  return echoTool(name, {
    async execute(args) {
      throw new ToolFailedError(`Nothing called ${String(args.text)} exists.`);
    },
  });
}

/** What a hanging tool saw of its signal. */
export interface SignalObservation {
  aborted: boolean;
  reason: string;
}

/** A tool that never finishes by itself: it waits for its signal and reports what it saw. */
export function hangingTool(name: string, timeoutMs: number) {
  const observed = deferred<SignalObservation>();
  const started = deferred();
  const tool = echoTool(name, {
    timeoutMs,
    execute: (_args, context) =>
      new Promise((_resolve, reject) => {
        started.resolve();
        context.signal.addEventListener("abort", () => {
          const reason = context.signal.reason as { name?: string } | undefined;
          observed.resolve({ aborted: context.signal.aborted, reason: reason?.name ?? String(reason) });
          reject(context.signal.reason);
        });
      }),
  });
  return { tool, started: started.promise, observed: observed.promise };
}

/**
 * A tool whose calls stop at a gate the test opens one by one, counting how many run at the same moment. Each call
 * resolves `entered` with the number that have started so far.
 */
export function gatedTool(name: string, concurrency: number) {
  let running = 0;
  let started = 0;
  let mostAtOnce = 0;
  const gates: Array<() => void> = [];
  const waitersForStart: Array<{ count: number; resolve: () => void }> = [];
  const tool = echoTool(name, {
    concurrency,
    async execute(args) {
      running++;
      started++;
      mostAtOnce = Math.max(mostAtOnce, running);
      const gate = deferred();
      gates.push(gate.resolve);
      for (const waiter of waitersForStart.filter((candidate) => candidate.count <= started))
        waiter.resolve();
      await gate.promise;
      running--;
      return { summary: `passed ${String(args.text)}`, data: null };
    },
  });
  return {
    tool,
    /** Resolves once `count` calls have entered the tool. */
    started: (count: number) => {
      const waiter = deferred();
      if (started >= count) waiter.resolve();
      else waitersForStart.push({ count, resolve: waiter.resolve });
      return waiter.promise;
    },
    /** Lets the oldest waiting call finish. */
    openOne: () => gates.shift()?.(),
    get running() {
      return running;
    },
    get mostAtOnce() {
      return mostAtOnce;
    },
  };
}
