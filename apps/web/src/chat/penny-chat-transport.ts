import { type ChatTransport, isToolUIPart, type UIMessageChunk } from "ai";
import type { ApiClient } from "../api/api-client.ts";
import { ApiError, NETWORK_ERROR_CODE } from "../api/api-error.ts";
import { messageText, type PennyMessage } from "./penny-message.ts";
import { readServerSentEvents } from "./read-server-sent-events.ts";
import { StreamCursor } from "./stream-cursor.ts";

/** What the transport reads from the chat screen at the moment it sends. */
export interface TransportContext {
  api: ApiClient;
  conversationId: string;
  /** The model the person picked; undefined lets the tenant's policy choose. */
  model: () => string | undefined;
  /** The messages the server knows, by id, with their parents (from the last load of the tree). */
  knownMessages: () => ReadonlyMap<string, { parentId: string | null }>;
  /** The answer shown as still being written after a reload, if any: reconnecting resumes it. */
  answerInProgress: () => string | undefined;
  /** Arguments a person edited on an approval card, by approval id. */
  editedArguments: Map<string, Record<string, unknown>>;
}

/** Which events of a replay belong to the answer being shown. */
type StartAt =
  | { kind: "everything" }
  | { kind: "answer"; messageId: string }
  | { kind: "after-approval"; approvalId: string };

const RECONNECT_DELAYS_MS = [250, 1_000, 2_000, 4_000, 8_000];

const connectionLost = () =>
  new ApiError({ status: 0, code: NETWORK_ERROR_CODE, message: "The connection to Penny was lost." });

/**
 * The AI SDK's ChatTransport for Penny's chat API (the interface DefaultChatTransport implements): maps a send to
 * POST /v1/chat/:id/messages (with the composer's run options as `body`), a regeneration to …/regenerate, an
 * approval to POST /v1/approvals/:id, and reads the
 * SSE answer itself so it keeps each event's sequence number. A dropped connection is resumed transparently from the
 * last event received (Last-Event-ID); a reload replays the answer from its start.
 */
export class PennyChatTransport implements ChatTransport<PennyMessage> {
  readonly resumeStreamIsReplay = true;
  readonly #context: TransportContext;
  readonly #cursor: StreamCursor;

  constructor(context: TransportContext) {
    this.#context = context;
    this.#cursor = new StreamCursor(context.conversationId);
  }

  get #base() {
    return `/v1/chat/${this.#context.conversationId}`;
  }

  async sendMessages(options: {
    trigger: "submit-message" | "regenerate-message";
    messageId: string | undefined;
    messages: PennyMessage[];
    abortSignal: AbortSignal | undefined;
    /** The message's run options from the composer (toolsAllowed, presetId), passed as useChat's `body`. */
    body?: object;
  }): Promise<ReadableStream<UIMessageChunk>> {
    const { trigger, messageId, messages, abortSignal, body } = options;
    const known = this.#context.knownMessages();
    const last = messages.at(-1);
    const runOptions = { model: this.#context.model(), ...body };

    if (trigger === "regenerate-message") {
      const target = messageId ?? last?.id;
      // A question the server never stored (its send failed) is sent again below instead.
      if (target && known.has(target)) {
        return this.#post(`${this.#base}/messages/${target}/regenerate`, runOptions, abortSignal);
      }
    }
    if (last?.role === "assistant") {
      const decided = last.parts.find((part) => isToolUIPart(part) && part.state === "approval-responded");
      if (decided && isToolUIPart(decided) && decided.approval) {
        return this.#decide(decided.approval, abortSignal);
      }
    }
    if (last?.role !== "user") throw new Error("There is no question to send.");
    // Editing a stored question sends the new text under the same parent: a sibling branch.
    const edited = trigger === "submit-message" && messageId !== undefined ? known.get(messageId) : undefined;
    return this.#post(
      `${this.#base}/messages`,
      {
        content: messageText(last),
        ...runOptions,
        ...(edited ? { parentMessageId: edited.parentId } : {}),
      },
      abortSignal,
    );
  }

  async reconnectToStream(options: {
    abortSignal?: AbortSignal;
  }): Promise<ReadableStream<UIMessageChunk> | null> {
    const answerId = this.#context.answerInProgress();
    if (!answerId) return null;
    const position = this.#cursor.read();
    const after = position?.answerId === answerId ? position.startSeq - 1 : 0;
    const response = await this.#context.api.fetch("GET", `${this.#base}/stream`, {
      query: { after },
      signal: options.abortSignal,
    });
    return this.#stream(response, options.abortSignal, { kind: "answer", messageId: answerId });
  }

  async #post(path: string, body: unknown, signal: AbortSignal | undefined) {
    const response = await this.#context.api.fetch("POST", path, { body, signal });
    const answerId = response.headers.get("x-penny-message-id");
    return this.#stream(
      response,
      signal,
      answerId ? { kind: "answer", messageId: answerId } : { kind: "everything" },
    );
  }

  /** Sends the person's decision, then reads the rest of the answer (the events after that approval's pause). */
  async #decide(
    approval: { id: string; approved: boolean; reason?: string },
    signal: AbortSignal | undefined,
  ) {
    const { api, editedArguments } = this.#context;
    await api.post(`/v1/approvals/${approval.id}`, {
      decision: approval.approved ? "approve" : "deny",
      ...(approval.reason ? { reason: approval.reason } : {}),
      ...(approval.approved && editedArguments.has(approval.id)
        ? { editedArgs: editedArguments.get(approval.id) }
        : {}),
    });
    editedArguments.delete(approval.id);
    const position = this.#cursor.read();
    const response = await api.fetch("GET", `${this.#base}/stream`, {
      query: { after: position ? position.startSeq - 1 : 0 },
      signal,
    });
    return this.#stream(response, signal, { kind: "after-approval", approvalId: approval.id });
  }

  #stream(
    first: Response,
    signal: AbortSignal | undefined,
    startAt: StartAt,
  ): ReadableStream<UIMessageChunk> {
    const chunks = this.#chunks(first, signal, startAt);
    return new ReadableStream<UIMessageChunk>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
  }

  /** The chunks of one answer; reconnects after a drop with the last sequence number it saw. */
  async *#chunks(first: Response, signal: AbortSignal | undefined, startAt: StartAt) {
    let response = first;
    let lastSeq: number | undefined;
    let attempt = 0;
    let passing = startAt.kind === "everything";
    let approvalSeen = false;
    while (true) {
      let finished = false;
      try {
        if (!response.body) throw connectionLost();
        for await (const event of readServerSentEvents(response.body)) {
          if (event.data === "[DONE]") {
            finished = true;
            break;
          }
          const chunk = JSON.parse(event.data) as UIMessageChunk;
          if (event.id !== null) {
            lastSeq = event.id;
            this.#cursor.record(
              event.id,
              chunk.type === "start" && chunk.messageId ? { messageId: chunk.messageId } : undefined,
            );
          }
          attempt = 0;
          if (!passing) {
            if (startAt.kind === "answer")
              passing = chunk.type === "start" && chunk.messageId === startAt.messageId;
            else if (startAt.kind === "after-approval") {
              if (chunk.type === "data-approval" && chunk.id === startAt.approvalId) approvalSeen = true;
              else if (approvalSeen && chunk.type === "finish") passing = true;
              continue;
            }
            if (!passing) continue;
          }
          yield chunk;
        }
      } catch (error) {
        if (signal?.aborted || (error instanceof DOMException && error.name === "AbortError")) throw error;
        if (error instanceof SyntaxError) throw error;
      }
      if (finished || signal?.aborted) return;
      const delay = RECONNECT_DELAYS_MS[attempt];
      if (delay === undefined) throw connectionLost();
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        response = await this.#context.api.fetch("GET", `${this.#base}/stream`, {
          headers: lastSeq === undefined ? {} : { "last-event-id": String(lastSeq) },
          signal,
        });
      } catch (error) {
        if (error instanceof ApiError && error.code !== NETWORK_ERROR_CODE) throw error;
        response = new Response(null);
      }
    }
  }
}
