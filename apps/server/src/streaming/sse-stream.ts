import type { StreamEvent } from "@penny/chat";
import type { FastifyReply, FastifyRequest } from "fastify";
import { PennyError } from "../errors/penny-error.ts";

/** Headers of an AI SDK UI message stream over SSE; proxies must neither buffer nor transform it. */
export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  "x-accel-buffering": "no",
  "x-vercel-ai-ui-message-stream": "v1",
} as const;

/**
 * Writes `events` to the response as SSE: each chunk as `data:` JSON with its sequence number as `id:`, so a client
 * that reconnects sends `Last-Event-ID` and gets exactly what it missed. Comment lines keep an idle connection
 * alive through proxies. A client that goes away stops the writing, never the run.
 */
export async function sendSse(
  request: FastifyRequest,
  reply: FastifyReply,
  input: {
    events: (signal: AbortSignal) => AsyncIterable<StreamEvent>;
    heartbeatMs: number;
    headers?: Record<string, string>;
  },
): Promise<void> {
  const controller = new AbortController();
  const raw = reply.raw;
  reply.hijack();
  raw.writeHead(200, { ...SSE_HEADERS, ...input.headers, "x-request-id": String(request.id) });
  raw.flushHeaders();
  const onClose = () => controller.abort();
  raw.on("close", onClose);
  const heartbeat = setInterval(() => raw.write(": ping\n\n"), input.heartbeatMs);
  heartbeat.unref();
  try {
    for await (const event of input.events(controller.signal)) {
      if (controller.signal.aborted) break;
      raw.write(`id: ${event.seq}\ndata: ${JSON.stringify(event.chunk)}\n\n`);
    }
    if (!controller.signal.aborted) raw.write("data: [DONE]\n\n");
  } catch (error) {
    request.log.error({ err: error }, "event stream failed");
    if (!controller.signal.aborted) {
      raw.write(
        `data: ${JSON.stringify({ type: "error", errorText: "The stream broke; reconnect to resume." })}\n\n`,
      );
    }
  } finally {
    clearInterval(heartbeat);
    raw.off("close", onClose);
    raw.end();
  }
}

/** The sequence number a reconnecting client already has: `Last-Event-ID` wins over `?after=`. */
export function resumePoint(request: FastifyRequest, after: number | undefined): number {
  const header = request.headers["last-event-id"];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === "") return after ?? 0;
  if (!/^\d{1,15}$/.test(value.trim())) {
    throw new PennyError(
      "PENNY_VALIDATION_FAILED",
      "Last-Event-ID must be the number of the last event you received.",
    );
  }
  return Number(value.trim());
}
