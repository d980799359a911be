import { recordAudit } from "@penny/audit";
import type { EventBus } from "@penny/bus";
import { type Database, schema, type Tx } from "@penny/db";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { appendRunEvents } from "../events/event-log.ts";
import { conversationChannel, type StreamEvent } from "../events/stream-event.ts";
import { runControlChannel } from "./run-segment.ts";

const { conversations, runEvents, runs, toolInvocations } = schema;

/** Ten minutes: longer than any tool timeout or model first-chunk wait, so only a dead writer is this quiet. */
export const DEFAULT_STALE_AFTER_MS = 10 * 60_000;
const BATCH = 100;

/** The statuses of a run that some process is writing; `waiting_approval` is quiet on purpose and never reaped. */
const WRITING = ["queued", "running"] as const;

/** What the client reads in the stream's closing `error` chunk. */
export const REAPED_RUN_MESSAGE =
  "The server writing this answer stopped before it finished. The conversation is usable again: send your message again.";

export interface ReapStaleRunsOptions {
  database: Database;
  bus: EventBus;
  /** The moment the sweep measures from (tests fix it); defaults to the clock. */
  now?: Date;
  /** How long a writing run may go without a new event before it counts as abandoned. */
  staleAfterMs?: number;
  /** True for a run this process is still executing: those are alive, whatever their silence. */
  isLocal: (runId: string) => boolean;
  /** At most this many runs per call; the next sweep takes the rest. */
  limit?: number;
  log?: { error(object: unknown, message: string): void };
}

/**
 * Ends runs whose process died: a run still `queued` or `running` whose newest event (or its start, when it has
 * none) is older than `staleAfterMs` is marked `failed`, its open tool calls too, and its stream is closed with an
 * `error` chunk and a `finish` chunk at the conversation's next sequence numbers — in the same transaction as the
 * status change, so a message sent right after cannot take those numbers. The chunks are then published on the
 * bus, and a stop is sent on the run's control channel in case its writer is alive after all. Candidates are found
 * as the platform (across tenants) and each is ended inside its own tenant, like expired approvals. Any number of
 * processes may sweep at once: the row locks decide which one ends a run. Returns how many runs were ended.
 */
export async function reapStaleRuns(options: ReapStaleRunsOptions): Promise<number> {
  const { database, bus } = options;
  const now = options.now ?? new Date();
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const cutoff = new Date(now.getTime() - staleAfterMs);
  const candidates = await database.withPlatform((tx) =>
    staleRunCandidates(tx, { cutoff, limit: options.limit ?? BATCH }),
  );
  let reaped = 0;
  for (const candidate of candidates) {
    if (options.isLocal(candidate.id)) continue;
    const ended = await database.withTenant(candidate.tenantId, (tx) =>
      endStaleRun(tx, { ...candidate, cutoff, now, staleAfterMs }),
    );
    if (!ended) continue;
    reaped += 1;
    try {
      await bus.publish(
        conversationChannel(candidate.tenantId, candidate.conversationId),
        JSON.stringify(ended),
      );
      await bus.publish(runControlChannel(candidate.tenantId, candidate.id), "stop");
    } catch (error) {
      // The events are stored: a follower that misses them live reads them when it sees the run has ended.
      options.log?.error({ err: error, runId: candidate.id }, "reaped run's events were not published");
    }
  }
  return reaped;
}

/** When the run last showed progress: its newest event, else its start, else its creation. */
function lastActivity(): SQL {
  return sql`coalesce((select ${runEvents.createdAt} from ${runEvents} where ${runEvents.tenantId} = ${runs.tenantId} and ${runEvents.conversationId} = ${runs.conversationId} and ${runEvents.runId} = ${runs.id} order by ${runEvents.seq} desc limit 1), ${runs.startedAt}, ${runs.createdAt})`;
}

function quietSince(cutoff: Date): SQL {
  return sql`${lastActivity()} < ${cutoff.toISOString()}::timestamptz`;
}

/** Writing runs of every tenant that have been quiet since before `cutoff`, oldest first (platform scope). */
async function staleRunCandidates(tx: Tx, input: { cutoff: Date; limit: number }) {
  return tx
    .select({ id: runs.id, tenantId: runs.tenantId, conversationId: runs.conversationId })
    .from(runs)
    .where(and(inArray(runs.status, [...WRITING]), quietSince(input.cutoff)))
    .orderBy(asc(runs.createdAt))
    .limit(input.limit);
}

/**
 * Ends one run if it is still writing and still quiet, and returns the closing events it stored (null when another
 * sweep or the run itself got there first). The conversation is locked before the run, in the order `send` and
 * `decide` take them, so two of them never wait on each other.
 */
async function endStaleRun(
  tx: Tx,
  input: {
    id: string;
    tenantId: string;
    conversationId: string;
    cutoff: Date;
    now: Date;
    staleAfterMs: number;
  },
): Promise<StreamEvent[] | null> {
  const [conversation] = await tx
    .select({ nextSeq: conversations.nextSeq })
    .from(conversations)
    .where(eq(conversations.id, input.conversationId))
    .for("update");
  const [run] = await tx
    .select({
      status: runs.status,
      quiet: sql<boolean>`${quietSince(input.cutoff)}`,
      lastActivityAt: sql<Date>`${lastActivity()}`.mapWith(runs.createdAt),
    })
    .from(runs)
    .where(eq(runs.id, input.id))
    .for("update", { of: runs });
  if (!conversation || !run || !WRITING.includes(run.status as (typeof WRITING)[number]) || !run.quiet) {
    return null;
  }
  const minutes = Math.round(input.staleAfterMs / 60_000);
  const events: StreamEvent[] = [
    { seq: conversation.nextSeq, chunk: { type: "error", errorText: REAPED_RUN_MESSAGE } },
    {
      seq: conversation.nextSeq + 1,
      chunk: { type: "finish", messageMetadata: { status: "failed", runId: input.id } },
    },
  ];
  await appendRunEvents(tx, {
    tenantId: input.tenantId,
    conversationId: input.conversationId,
    runId: input.id,
    events,
  });
  const error = `Ended after ${minutes} min without progress: the server process running it stopped.`;
  await tx.update(runs).set({ status: "failed", error, finishedAt: input.now }).where(eq(runs.id, input.id));
  await tx
    .update(toolInvocations)
    .set({ status: "failed", error: "interrupted: the run was ended", finishedAt: input.now })
    .where(and(eq(toolInvocations.runId, input.id), inArray(toolInvocations.status, ["pending", "running"])));
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actor: { type: "system" },
    action: "run.reap",
    target: `run:${input.id}`,
    data: {
      conversationId: input.conversationId,
      lastActivityAt: run.lastActivityAt.toISOString(),
      staleAfterMs: input.staleAfterMs,
    },
  });
  return events;
}
