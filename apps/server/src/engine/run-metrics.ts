import type { ApprovalDecided, RunReport } from "@penny/chat";
import { Counter, Histogram, type Registry } from "prom-client";

/**
 * The engine's Prometheus instruments: time to first token, tokens, tool calls and their failures, runs by how they
 * ended. Labels are the model and outcome only (never a tenant or a user), so the series stay bounded.
 */
export function createRunMetrics(registry: Registry): {
  recordRun: (report: RunReport) => void;
  recordApproval: (event: ApprovalDecided) => void;
} {
  const ttft = new Histogram({
    name: "penny_run_time_to_first_token_seconds",
    help: "From a run starting to its first text or tool-call chunk, by model",
    labelNames: ["model"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const tokens = new Counter({
    name: "penny_run_tokens_total",
    help: "Tokens used by runs, by model and direction (input, output)",
    labelNames: ["model", "direction"],
    registers: [registry],
  });
  const runs = new Counter({
    name: "penny_runs_total",
    help: "Run segments ended, by model and status (succeeded, failed, cancelled, waiting_approval)",
    labelNames: ["model", "status"],
    registers: [registry],
  });
  const toolCalls = new Counter({
    name: "penny_tool_calls_total",
    help: "Tool calls made by runs, by outcome (ok, failed); the success rate is ok / all",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const cost = new Counter({
    name: "penny_run_cost_usd_total",
    help: "What runs cost at the configured model prices, in US dollars, by model",
    labelNames: ["model"],
    registers: [registry],
  });
  const approvalWait = new Histogram({
    name: "penny_approval_wait_seconds",
    help: "From a tool call asking for approval to a person deciding (or the approval expiring), by decision",
    labelNames: ["decision"],
    buckets: [1, 5, 15, 30, 60, 120, 300, 900, 1800, 3600, 86_400],
    registers: [registry],
  });
  const recordApproval = (event: ApprovalDecided) =>
    approvalWait.observe({ decision: event.decision }, Math.max(0, event.waitMs) / 1000);
  const recordRun = (report: RunReport) => {
    if (report.ttftMs !== null) ttft.observe({ model: report.model }, report.ttftMs / 1000);
    tokens.inc({ model: report.model, direction: "input" }, report.inputTokens);
    tokens.inc({ model: report.model, direction: "output" }, report.outputTokens);
    runs.inc({ model: report.model, status: report.status });
    toolCalls.inc({ outcome: "ok" }, report.toolCalls - report.toolFailures);
    toolCalls.inc({ outcome: "failed" }, report.toolFailures);
    if (report.costUsd !== null) cost.inc({ model: report.model }, report.costUsd);
  };
  return { recordRun, recordApproval };
}
