import { schema, type Tx } from "@penny/db";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { StreamEvent } from "./stream-event.ts";

const { conversations, runEvents, runs } = schema;

/** Stores a batch of a run's events and advances the conversation's next sequence number past them. */
export async function appendRunEvents(
  tx: Tx,
  input: { tenantId: string; conversationId: string; runId: string; events: StreamEvent[] },
): Promise<void> {
  const last = input.events.at(-1);
  if (!last) return;
  await tx.insert(runEvents).values(
    input.events.map((event) => ({
      tenantId: input.tenantId,
      conversationId: input.conversationId,
      runId: input.runId,
      seq: event.seq,
      type: event.chunk.type,
      payload: event.chunk,
    })),
  );
  await tx
    .update(conversations)
    .set({ nextSeq: last.seq + 1 })
    .where(eq(conversations.id, input.conversationId));
}

/** The conversation's events after `afterSeq`, oldest first, at most `limit`. */
export async function readRunEventsAfter(
  tx: Tx,
  input: { conversationId: string; afterSeq: number; limit: number },
): Promise<StreamEvent[]> {
  const rows = await tx
    .select({ seq: runEvents.seq, payload: runEvents.payload })
    .from(runEvents)
    .where(and(eq(runEvents.conversationId, input.conversationId), gt(runEvents.seq, input.afterSeq)))
    .orderBy(asc(runEvents.seq))
    .limit(input.limit);
  return rows.map((row) => ({ seq: row.seq, chunk: row.payload as StreamEvent["chunk"] }));
}

/** Whether a run of the conversation is producing events now (queued or running). */
export async function hasStreamingRun(tx: Tx, conversationId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: runs.id })
    .from(runs)
    .where(and(eq(runs.conversationId, conversationId), inArray(runs.status, ["queued", "running"])))
    .limit(1);
  return row !== undefined;
}

/** Where a conversation's stream stands: its last event, and the run still going (if any) with its first event. */
export interface StreamState {
  lastSeq: number;
  activeRun: {
    runId: string;
    answerId: string | null;
    status: "queued" | "running" | "waiting_approval";
    /** The sequence number of the run's first event; resume after `firstSeq - 1` to replay its answer. */
    firstSeq: number | null;
  } | null;
}

export async function streamStateOf(tx: Tx, conversationId: string): Promise<StreamState> {
  const [conversation] = await tx
    .select({ nextSeq: conversations.nextSeq })
    .from(conversations)
    .where(eq(conversations.id, conversationId));
  const [run] = await tx
    .select({
      runId: runs.id,
      answerId: runs.answerId,
      status: runs.status,
    })
    .from(runs)
    .where(
      and(
        eq(runs.conversationId, conversationId),
        inArray(runs.status, ["queued", "running", "waiting_approval"]),
      ),
    )
    .limit(1);
  const [first] = run
    ? await tx
        .select({ seq: sql<number | null>`min(${runEvents.seq})` })
        .from(runEvents)
        // The conversation's (conversation_id, seq) index narrows the scan to this conversation's events.
        .where(and(eq(runEvents.conversationId, conversationId), eq(runEvents.runId, run.runId)))
    : [];
  return {
    lastSeq: (conversation?.nextSeq ?? 1) - 1,
    activeRun: run
      ? {
          runId: run.runId,
          answerId: run.answerId,
          status: run.status as "queued" | "running" | "waiting_approval",
          firstSeq: first?.seq == null ? null : Number(first.seq),
        }
      : null,
  };
}
