import type { Database, Tx } from "@penny/db";
import type { PythonSandbox } from "@penny/sandbox";

/** A JSON Schema (draft 2020-12) object describing a tool's arguments. */
export type JsonSchema = Record<string, unknown>;

/** When a call to the tool must wait for a person's decision. */
export type ApprovalPolicy = "never" | "always";

/** An artifact a tool asks the caller to store; the caller returns its reference. */
export interface ArtifactDraft {
  kind: string;
  title: string;
  mime: string;
  content: string | Uint8Array;
  /** Artifacts this one was made from (lineage). */
  parents?: string[];
}

export interface ArtifactReference {
  id: string;
  version: number;
  kind: string;
  title: string;
  mime: string;
}

/** What a tool sees of the world while it runs: the caller, the tenant's data, a way to make artifacts. */
export interface ToolContext {
  tenantId: string;
  userId: string | null;
  database: Database;
  /** Aborted when the call times out or the run is cancelled. */
  signal: AbortSignal;
  /** Today, as the tool should see it (tests fix it; production passes the clock). */
  now: Date;
  createArtifact(draft: ArtifactDraft): Promise<ArtifactReference>;
  /** Reads one of the tenant's artifacts (latest version) by id; absent where the caller cannot read artifacts. */
  readArtifact?(id: string): Promise<ArtifactContent>;
  /** The server's Python sandbox; absent when the server runs without one (run_python_job then says so). */
  pythonSandbox?: PythonSandbox;
}

/** What a tool may use to say what a call would do, before it runs (no artifacts, no sandbox). */
export type ToolDescribeContext = Pick<ToolContext, "tenantId" | "userId" | "database" | "signal">;

/** An artifact's bytes as a tool reads them. */
export interface ArtifactContent {
  id: string;
  title: string;
  mime: string;
  bytes: Uint8Array;
}

/** The outcome of a successful call: a short summary for people and logs, the data the model reads. */
export interface ToolResult {
  summary: string;
  data: unknown;
  artifacts?: ArtifactReference[];
}

/** A tool the assistant may call. One file per tool; all registered in one list. */
export interface Tool<Args = Record<string, unknown>> {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  /** The permission a caller's role must hold, e.g. "tools:use". */
  permission: string;
  /** True when the tool changes something outside Penny (creates a ticket, sends a message). */
  sideEffect: boolean;
  approval: ApprovalPolicy;
  timeoutMs: number;
  /** At most this many calls of the tool run at once in one process; the rest wait. */
  concurrency: number;
  /**
   * Whether the tool is offered to the tenant whose transaction `tx` is (an integration's tool only where the tenant
   * connected it). Absent means always.
   */
  availableFor?(tx: Tx): Promise<boolean>;
  /**
   * What this call would do, in one sentence for the person asked to approve it ("Create an issue in Jira project
   * OPS at https://acme.atlassian.net: …"). It may read (resolve an assignee) but must change nothing. Absent means
   * the approval shows the arguments only.
   */
  describeCall?(args: Args, context: ToolDescribeContext): Promise<string>;
  execute(args: Args, context: ToolContext): Promise<ToolResult>;
}
