import type { EventBus } from "@penny/bus";
import type { Database } from "@penny/db";
import { hasStreamingRun, readRunEventsAfter } from "./event-log.ts";
import { conversationChannel, isTerminalChunk, type StreamEvent } from "./stream-event.ts";

const PAGE = 500;

export interface FollowConversationOptions {
  database: Database;
  bus: EventBus;
  tenantId: string;
  conversationId: string;
  /** The last sequence number the client has; 0 for everything. */
  afterSeq: number;
  signal: AbortSignal;
  /** How often to look at the database even without bus traffic (a lost bus message, a run that died). */
  pollIntervalMs?: number;
}

/**
 * The conversation's events after `afterSeq`, each exactly once and in order: first what is stored, then the live
 * ones from the bus. Ends when the run segment that is streaming ends (or at once when none is), or on abort.
 *
 * It subscribes before reading the store, so nothing published in between is missed; a live event whose predecessors
 * were not seen (they were published before the subscription took effect) is preceded by a read of the gap from the
 * store, which already holds them because the writer stores before it publishes.
 */
export async function* followConversation(options: FollowConversationOptions): AsyncGenerator<StreamEvent> {
  const { database, bus, tenantId, conversationId, signal } = options;
  const live: StreamEvent[] = [];
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const unsubscribe = await bus.subscribe(conversationChannel(tenantId, conversationId), (message) => {
    live.push(...(JSON.parse(message) as StreamEvent[]));
    notify();
  });
  signal.addEventListener("abort", notify, { once: true });
  let last = options.afterSeq;
  let lastWasTerminal = false;
  const readStored = async function* (untilSeq = Number.POSITIVE_INFINITY) {
    while (!signal.aborted) {
      const page = await database.withTenant(tenantId, (tx) =>
        readRunEventsAfter(tx, { conversationId, afterSeq: last, limit: PAGE }),
      );
      for (const event of page) {
        if (event.seq > untilSeq) return;
        last = event.seq;
        lastWasTerminal = isTerminalChunk(event.chunk);
        yield event;
      }
      if (page.length < PAGE) return;
    }
  };
  try {
    yield* readStored();
    // What was stored before we started may end with an older run's terminal chunk: only later ones end the stream.
    lastWasTerminal = false;
    // Whether a run is still streaming is asked at the start and after each quiet spell, not after every bus
    // message: while events arrive, the run is alive, and its terminal chunk ends the loop.
    let askIfStreaming = true;
    while (!signal.aborted) {
      while (live.length > 0 && !signal.aborted) {
        const event = live.shift() as StreamEvent;
        if (event.seq <= last) continue;
        if (event.seq > last + 1) yield* readStored(event.seq - 1);
        last = event.seq;
        lastWasTerminal = isTerminalChunk(event.chunk);
        yield event;
        if (lastWasTerminal) return;
      }
      if (lastWasTerminal || signal.aborted) return;
      if (askIfStreaming) {
        const streaming = await database.withTenant(tenantId, (tx) => hasStreamingRun(tx, conversationId));
        if (!streaming) {
          // The run may have finished after the first read: whatever it wrote is stored now.
          yield* readStored();
          return;
        }
        askIfStreaming = false;
      }
      if (live.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, options.pollIntervalMs ?? 2_000).unref();
        });
        // Woken without bus traffic: look at the store in case a bus message was lost, then ask again.
        if (live.length === 0) {
          yield* readStored();
          askIfStreaming = true;
        }
      }
    }
  } finally {
    signal.removeEventListener("abort", notify);
    await unsubscribe();
  }
}
