import { schema, type Tx } from "@penny/db";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
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
