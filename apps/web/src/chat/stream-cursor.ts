/**
 * Where this tab is in a conversation's event stream: the answer being written, the sequence number of its `start`
 * event and the last event received. Kept in sessionStorage, so a reload resumes the answer instead of losing it.
 */
export interface StreamPosition {
  answerId: string;
  startSeq: number;
  lastSeq: number;
}

const key = (conversationId: string) => `penny.stream.${conversationId}`;

/** Reads and writes the stream position of one conversation. */
export class StreamCursor {
  readonly conversationId: string;

  constructor(conversationId: string) {
    this.conversationId = conversationId;
  }

  read(): StreamPosition | null {
    try {
      const value = JSON.parse(
        sessionStorage.getItem(key(this.conversationId)) ?? "null",
      ) as StreamPosition | null;
      return value && typeof value.answerId === "string" && Number.isInteger(value.lastSeq) ? value : null;
    } catch {
      return null;
    }
  }

  /** Records an event: a `start` of another answer begins a new position. */
  record(seq: number, start?: { messageId: string }): void {
    const current = this.read();
    const next =
      start && start.messageId !== current?.answerId
        ? { answerId: start.messageId, startSeq: seq, lastSeq: seq }
        : current
          ? { ...current, lastSeq: Math.max(current.lastSeq, seq) }
          : null;
    if (next) sessionStorage.setItem(key(this.conversationId), JSON.stringify(next));
  }
}
