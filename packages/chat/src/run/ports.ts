import type { EventBus } from "@penny/bus";
import type { Database, MemberRole } from "@penny/db";
import type { LanguageModel } from "ai";

/** Who asks: the tool router decides with this what may run. */
export interface Caller {
  tenantId: string;
  userId: string;
  role: MemberRole | null;
  permissions: ReadonlySet<string>;
}

/** A tool as the model is told about it. */
export interface ToolDescription {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

/** An artifact a tool made, as the stream announces it. */
export interface ArtifactAnnouncement {
  id: string;
  version: number;
  kind: string;
  title: string;
  mime: string;
}

/** How a tool call ended. A failure is a result the model reads, never a crashed run. */
export interface ToolOutcome {
  outcome: "succeeded" | "failed" | "timed_out" | "cancelled";
  result?: { summary: string; data: unknown; artifacts?: ArtifactAnnouncement[] };
  error?: string;
  durationMs: number;
}

/** Where the tool call sits, for the lineage of what it makes. */
export interface ToolCallLineage {
  conversationId: string;
  messageId: string;
  runId: string;
  toolInvocationId: string;
  toolName: string;
}

/** The tool system as the chat needs it; the server wires the tool router and the artifact store behind it. */
export interface ChatToolbox {
  available(caller: Caller): Promise<ToolDescription[]>;
  /** Checks role, grants, enablement, `toolsAllowed` and arguments; throws a coded error the model is told about. */
  authorize(input: {
    caller: Caller;
    name: string;
    arguments: unknown;
    toolsAllowed?: string[];
  }): Promise<{ arguments: Record<string, unknown>; needsApproval: boolean }>;
  execute(input: {
    caller: Caller;
    name: string;
    arguments: Record<string, unknown>;
    signal: AbortSignal;
    lineage: ToolCallLineage;
  }): Promise<ToolOutcome>;
}

/** The model chosen for a run, with why (for the audit log). */
export interface ResolvedModel {
  model: LanguageModel;
  id: string;
  label: string;
  reason: string;
}

export interface ModelRequest {
  caller: Caller;
  sensitive: boolean;
  requested?: string;
  text: string;
  toolCount: number;
  historyLength: number;
}

/** Picks the model (or fallback chain) for a run. */
export type ModelResolver = (request: ModelRequest) => Promise<ResolvedModel>;

/** Everything a run needs from the outside. */
export interface ChatEngine {
  database: Database;
  bus: EventBus;
  toolbox: ChatToolbox;
  resolveModel: ModelResolver;
  /** Tenant instructions and recalled memory for the system prompt. */
  systemPrompt?: (input: {
    caller: Caller;
    conversationId: string;
    memoryEnabled: boolean;
  }) => Promise<string>;
  /** Called with each finished run for metrics. */
  onRunFinished?: (report: RunReport) => void;
  now?: () => Date;
  approvalTtlMs?: number;
  maxSteps?: number;
  log?: { error(object: unknown, message: string): void };
}

/** What a finished run segment reports for metrics and traces. */
export interface RunReport {
  runId: string;
  tenantId: string;
  model: string;
  status: "succeeded" | "failed" | "cancelled" | "waiting_approval";
  ttftMs: number | null;
  inputTokens: number;
  outputTokens: number;
  toolCalls: number;
  toolFailures: number;
}
