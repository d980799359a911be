import type { EventBus } from "@penny/bus";
import type { Database, Tx } from "@penny/db";
import type { UIMessageChunk } from "ai";
import { appendRunEvents } from "./event-log.ts";
import { conversationChannel, type StreamEvent } from "./stream-event.ts";

/**
 * Numbers a run's chunks, stores them and then publishes them on the bus — in that order, so that whatever a
 * subscriber receives live is already readable from the database when it needs to fill a gap or resume.
 *
 * Writes coalesce instead of waiting on a timer: the first chunk is written at once; chunks emitted while a write is
 * in flight go together in the next one. Latency stays one database write; throughput grows with load.
 */
export class RunEventWriter {
  private nextSeq: number;
  private pending: StreamEvent[] = [];
  private flushing: Promise<void> | null = null;
  private failure: unknown = null;

  constructor(
    private readonly options: {
      database: Database;
      bus: EventBus;
      tenantId: string;
      conversationId: string;
      runId: string;
      firstSeq: number;
    },
  ) {
    this.nextSeq = options.firstSeq;
  }

  /** Queues one chunk and returns its sequence number. */
  emit(chunk: UIMessageChunk): number {
    const seq = this.nextSeq;
    this.nextSeq += 1;
    this.pending.push({ seq, chunk });
    if (!this.flushing) this.flushing = this.flushLoop();
    return seq;
  }

  /** Resolves when everything emitted so far is stored and published; rethrows a storage failure. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.failure) throw this.failure;
  }

  /**
   * Once everything emitted is stored, stores the closing chunks together with `work` in one transaction, then
   * publishes them: whoever sees a closing chunk also sees what `work` wrote (the run's final status), and the other
   * way round — a client that reads `finish` can send its next message at once.
   */
  async finalize(closing: UIMessageChunk[], work: (tx: Tx) => Promise<void>): Promise<void> {
    await this.drain();
    const { database, bus, tenantId, conversationId, runId } = this.options;
    const batch = closing.map((chunk) => {
      const seq = this.nextSeq;
      this.nextSeq += 1;
      return { seq, chunk };
    });
    await database.withTenant(tenantId, async (tx) => {
      if (batch.length > 0) await appendRunEvents(tx, { tenantId, conversationId, runId, events: batch });
      await work(tx);
    });
    if (batch.length > 0)
      await bus.publish(conversationChannel(tenantId, conversationId), JSON.stringify(batch));
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.pending.length > 0 && !this.failure) {
        const batch = this.pending;
        this.pending = [];
        await this.write(batch);
      }
    } catch (error) {
      this.failure = error;
    } finally {
      this.flushing = null;
    }
  }

  private async write(batch: StreamEvent[]): Promise<void> {
    const { database, bus, tenantId, conversationId, runId } = this.options;
    await database.withTenant(tenantId, (tx) =>
      appendRunEvents(tx, { tenantId, conversationId, runId, events: batch }),
    );
    await bus.publish(conversationChannel(tenantId, conversationId), JSON.stringify(batch));
  }
}
