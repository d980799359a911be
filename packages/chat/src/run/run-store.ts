import { schema, type Tx } from "@penny/db";
import { and, eq, inArray } from "drizzle-orm";
import { ChatError } from "../chat-error.ts";

const { runs, toolInvocations } = schema;

/** What a request asked of its run; later segments (after an approval) read it back. */
export interface RunOptions {
  toolsAllowed?: string[];
  artifactsExpected?: string[];
  requestedModel?: string;
  /** The preset whose instructions (and defaults) this run uses. */
  presetId?: string;
  /** Files attached and collections chosen for this message: the answer searches them first. */
  knowledge?: KnowledgeScope;
}

/** Where an answer's document search looks: uploaded files (ids) and knowledge collections (ids). */
export interface KnowledgeScope {
  fileIds?: string[];
  collectionIds?: string[];
}

/** The tool that searches documents; a run with a knowledge scope calls it first, within that scope. */
export const DOCUMENT_SEARCH_TOOL = "search_documents";

/** True when the scope names at least one file or collection. */
export function hasKnowledgeScope(scope: KnowledgeScope | undefined): scope is KnowledgeScope {
  return (scope?.fileIds?.length ?? 0) + (scope?.collectionIds?.length ?? 0) > 0;
}

export type RunRow = typeof runs.$inferSelect;

/** Refuses a second run while one is queued, running or waiting for an approval. */
export async function assertNoActiveRun(tx: Tx, conversationId: string): Promise<void> {
  const [active] = await tx
    .select({ id: runs.id, status: runs.status })
    .from(runs)
    .where(
      and(
        eq(runs.conversationId, conversationId),
        inArray(runs.status, ["queued", "running", "waiting_approval"]),
      ),
    )
    .limit(1);
  if (active) {
    throw new ChatError(
      "PENNY_RUN_ACTIVE",
      active.status === "waiting_approval"
        ? "An answer in this conversation is waiting for an approval: decide it or stop the answer first."
        : "An answer in this conversation is still being written: wait for it or stop it first.",
    );
  }
}

export async function insertRun(
  tx: Tx,
  input: {
    tenantId: string;
    conversationId: string;
    messageId: string;
    answerId: string;
    options: RunOptions;
  },
): Promise<RunRow> {
  const [run] = await tx
    .insert(runs)
    .values({ ...input, options: { ...input.options }, status: "running", startedAt: new Date() })
    .returning();
  if (!run) throw new Error("insert returned no row");
  return run;
}

export async function getRun(tx: Tx, runId: string): Promise<RunRow> {
  const [run] = await tx.select().from(runs).where(eq(runs.id, runId));
  if (!run) throw new ChatError("PENNY_RUN_NOT_FOUND", "No such run.");
  return run;
}

/** The conversation's run that is running or waiting for an approval, if any. */
export async function findActiveRun(tx: Tx, conversationId: string): Promise<RunRow | undefined> {
  const [run] = await tx
    .select()
    .from(runs)
    .where(
      and(
        eq(runs.conversationId, conversationId),
        inArray(runs.status, ["queued", "running", "waiting_approval"]),
      ),
    )
    .limit(1);
  return run;
}

export async function updateRun(
  tx: Tx,
  runId: string,
  changes: Partial<Pick<RunRow, "status" | "model" | "usage" | "ttftMs" | "error" | "finishedAt">>,
): Promise<void> {
  await tx.update(runs).set(changes).where(eq(runs.id, runId));
}

export type ToolInvocationRow = typeof toolInvocations.$inferSelect;

export async function insertToolInvocation(
  tx: Tx,
  input: {
    tenantId: string;
    runId: string;
    toolName: string;
    toolCallId: string;
    arguments: unknown;
    argumentsHash: string;
    status: ToolInvocationRow["status"];
  },
): Promise<ToolInvocationRow> {
  const [row] = await tx.insert(toolInvocations).values(input).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function finishToolInvocation(
  tx: Tx,
  invocationId: string,
  changes: Pick<ToolInvocationRow, "status"> &
    Partial<
      Pick<
        ToolInvocationRow,
        "result" | "resultHash" | "error" | "durationMs" | "arguments" | "argumentsHash"
      >
    >,
): Promise<void> {
  await tx
    .update(toolInvocations)
    .set({ ...changes, finishedAt: new Date() })
    .where(eq(toolInvocations.id, invocationId));
}
