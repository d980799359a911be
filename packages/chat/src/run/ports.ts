import type { EventBus } from "@penny/bus";
import type { Database, MemberRole, Tx } from "@penny/db";
import type { LanguageModel, ModelMessage, UIMessageChunk } from "ai";
import type { RunOptions } from "./run-store.ts";

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
  /** The tools the caller may use; inside `tx` (the caller's tenant transaction) when given. */
  available(caller: Caller, tx?: Tx): Promise<ToolDescription[]>;
  /** Checks role, grants, enablement, `toolsAllowed` and arguments; throws a coded error the model is told about. */
  authorize(input: {
    caller: Caller;
    name: string;
    arguments: unknown;
    toolsAllowed?: string[];
  }): Promise<{ arguments: Record<string, unknown>; needsApproval: boolean }>;
  /**
   * What a checked call would do, in one sentence for the person asked to approve it; undefined when the tool does
   * not say or could not tell in time (the approval then shows the arguments only).
   */
  describe?(input: {
    caller: Caller;
    name: string;
    arguments: Record<string, unknown>;
    signal: AbortSignal;
  }): Promise<string | undefined>;
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
  /** True when any model that may answer (the chosen one or a fallback) runs outside the tenant's machines. */
  external?: boolean;
  /** Price per million tokens of the chosen model, for the run's cost. */
  pricing?: { inputPerMillion: number; outputPerMillion: number };
}

export interface ModelRequest {
  caller: Caller;
  /** The run's tenant transaction, for reading the tenant's providers and policy without opening another. */
  tx?: Tx;
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
  /** Tenant instructions, the preset's instructions and recalled memory; runs in the run's first transaction. */
  systemPrompt?: (input: SystemPromptInput) => Promise<SystemPrompt>;
  /** Rewrites a prompt before it leaves for a model (PII redaction for external providers). */
  protectPrompt?: (input: PromptToProtect) => Promise<ProtectedPrompt>;
  /** A filter for the answer's text as it streams (secrets, PII); null when the tenant filters nothing. */
  outputFilter?: (caller: Caller) => Promise<OutputFilterFactory | null>;
  /** Called with each approval decided or expired, for the approval-wait metric. */
  onApprovalDecided?: (event: ApprovalDecided) => void;
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
  /** In US dollars, from the model's price; null when the price is unknown (the built-in model costs nothing). */
  costUsd: number | null;
}

/** What the system prompt is built from. */
export interface SystemPromptInput {
  /** The run's tenant transaction: sections read (and write, e.g. a memory) through it and open no other. */
  tx: Tx;
  caller: Caller;
  conversationId: string;
  memoryEnabled: boolean;
  /** The text of the user's message this run answers. */
  text: string;
  userMessageId: string;
  options: RunOptions;
  /** True when the run resumes after an approval: sections announce and capture nothing again. */
  resumed: boolean;
}

/** The system prompt and the chunks announcing what building it did (a memory saved). */
export interface SystemPrompt {
  text: string;
  announce: UIMessageChunk[];
}

/** Something a filter took out, counted by kind; never the value itself. */
export interface Redaction {
  kind: string;
  count: number;
}

export interface PromptToProtect {
  caller: Caller;
  model: ResolvedModel;
  system: string | undefined;
  messages: ModelMessage[];
}

export interface ProtectedPrompt {
  system: string | undefined;
  messages: ModelMessage[];
  redactions: Redaction[];
  /** Puts redacted values back into what the model returns for tools (its calls' arguments). */
  restore?: (value: unknown) => unknown;
}

/** Filters one streamed text; text held back (a value that may continue) comes out of a later push or `flush`. */
export interface StreamingTextFilter {
  push(delta: string): { text: string; redactions: Redaction[] };
  flush(): { text: string; redactions: Redaction[] };
}

export type OutputFilterFactory = () => StreamingTextFilter;

/** How long a tool call waited for a person, and how it ended. */
export interface ApprovalDecided {
  tool: string;
  decision: "approved" | "denied" | "expired";
  waitMs: number;
}
