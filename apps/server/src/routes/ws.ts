import { followConversation, getConversation } from "@penny/chat";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { WebSocket } from "ws";
import { z } from "zod";
import { callerOf } from "../chat-caller.ts";
import { classifyError } from "../errors/classify-error.ts";
import { PennyError } from "../errors/penny-error.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { MAX_MESSAGE_LENGTH } from "./chat.ts";

/** What a client may send over the socket; each message is one JSON object. */
const clientMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("subscribe"),
    conversationId: z.uuid(),
    after: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  }),
  z.object({ type: z.literal("unsubscribe"), conversationId: z.uuid() }),
  z.object({
    type: z.literal("send"),
    conversationId: z.uuid(),
    content: z.string().trim().min(1).max(MAX_MESSAGE_LENGTH),
    parentMessageId: z.uuid().nullable().optional(),
    toolsAllowed: z
      .array(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/))
      .max(50)
      .optional(),
    model: z.string().min(1).max(200).optional(),
  }),
  z.object({ type: z.literal("stop"), conversationId: z.uuid() }),
]);

/**
 * The same events as the SSE routes, over one WebSocket: `{type: "event", conversationId, seq, chunk}`. A client
 * resumes by subscribing with the last `seq` it has (`after`), exactly as with Last-Event-ID. Several conversations
 * can be followed on one socket. Only the page's own origin may open it (no cross-site socket with a session cookie).
 */
export const wsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.route({
    method: "GET",
    url: "/v1/ws",
    exposeHeadRoute: false,
    config: { access: "conversations:use" },
    schema: {
      summary: "The chat's events over WebSocket (subscribe / resume, send, stop)",
      description:
        'Client messages: {type:"subscribe", conversationId, after}, {type:"send", conversationId, content, …}, {type:"stop", conversationId}, {type:"unsubscribe", conversationId}. Server messages: {type:"event", conversationId, seq, chunk} (the SSE routes\' chunks), "started", "end", "stopped", "error" {code, message}.',
      tags: ["chat"],
      response: { ...problemResponses },
    },
    // A plain GET (no Upgrade header) is told what to do instead of getting an empty 404.
    handler: async () => {
      throw new PennyError("PENNY_UPGRADE_REQUIRED", "Open this URL as a WebSocket (Upgrade: websocket).");
    },
    wsHandler: (socket: WebSocket, request) => {
      const caller = callerOf(request);
      const origin = request.headers.origin;
      const host = request.headers.host;
      if (
        origin &&
        host &&
        new URL(origin).host !== host &&
        origin !== app.config.publicUrl?.replace(/\/$/, "")
      ) {
        socket.close(1008, "cross-origin sockets are not allowed");
        return;
      }
      const following = new Map<string, AbortController>();
      const send = (message: unknown) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
      };
      const fail = (error: unknown, conversationId?: string) => {
        const problem = classifyError(error);
        send({
          type: "error",
          conversationId,
          code: problem.code,
          message: problem.detail ?? "Something went wrong.",
        });
      };
      const follow = (conversationId: string, after: number) => {
        following.get(conversationId)?.abort();
        const controller = new AbortController();
        following.set(conversationId, controller);
        void (async () => {
          for await (const event of followConversation({
            database: app.database,
            bus: app.bus,
            tenantId: caller.tenantId,
            conversationId,
            afterSeq: after,
            signal: controller.signal,
          })) {
            send({ type: "event", conversationId, seq: event.seq, chunk: event.chunk });
          }
          if (!controller.signal.aborted) send({ type: "end", conversationId });
        })()
          .catch((error) => fail(error, conversationId))
          .finally(() => {
            if (following.get(conversationId) === controller) following.delete(conversationId);
          });
      };

      const heartbeat = setInterval(() => socket.ping(), app.streaming.heartbeatMs);
      heartbeat.unref();
      socket.on("close", () => {
        clearInterval(heartbeat);
        for (const controller of following.values()) controller.abort();
      });
      socket.on("message", (data) => {
        let parsed: z.infer<typeof clientMessage>;
        try {
          const result = clientMessage.safeParse(JSON.parse(String(data)));
          if (!result.success) {
            const issue = result.error.issues[0];
            send({
              type: "error",
              code: "PENNY_VALIDATION_FAILED",
              message: `${issue?.path.join(".") || "message"}: ${issue?.message ?? "is not valid"}`,
            });
            return;
          }
          parsed = result.data;
        } catch {
          send({
            type: "error",
            code: "PENNY_MALFORMED_BODY",
            message: "Each message must be one JSON object.",
          });
          return;
        }
        void (async () => {
          switch (parsed.type) {
            case "subscribe":
              await app.database.withTenant(caller.tenantId, (tx) =>
                getConversation(tx, { userId: caller.userId, conversationId: parsed.conversationId }),
              );
              follow(parsed.conversationId, parsed.after);
              return;
            case "unsubscribe":
              following.get(parsed.conversationId)?.abort();
              return;
            case "send": {
              await app.chatLimits.check(caller);
              const started = await app.chat.send({
                caller,
                conversationId: parsed.conversationId,
                content: parsed.content,
                parentMessageId: parsed.parentMessageId,
                options: { toolsAllowed: parsed.toolsAllowed, requestedModel: parsed.model },
              });
              send({ type: "started", conversationId: parsed.conversationId, ...started });
              follow(parsed.conversationId, started.firstSeq - 1);
              return;
            }
            case "stop":
              send({
                type: "stopped",
                ...(await app.chat.stop({ caller, conversationId: parsed.conversationId })),
              });
              return;
          }
        })().catch((error) => fail(error, "conversationId" in parsed ? parsed.conversationId : undefined));
      });
    },
  });
};
