import type { ApprovalPolicy, JsonSchema, Tool } from "./tool.ts";

/** The public view of a tool: what GET /v1/tools returns and what the model is told about it. */
export interface ToolDescription {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  sideEffect: boolean;
  approval: ApprovalPolicy;
  permission: string;
  timeoutMs: number;
}

/** The public view of `tool`, with nothing of its implementation (no execute, no concurrency). */
export function describeTool(tool: Tool): ToolDescription {
  return {
    name: tool.name,
    description: tool.description,
    inputSchema: tool.inputSchema,
    sideEffect: tool.sideEffect,
    approval: tool.approval,
    permission: tool.permission,
    timeoutMs: tool.timeoutMs,
  };
}
