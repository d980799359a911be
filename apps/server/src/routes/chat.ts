import {
  type Caller,
  followConversation,
  getConversation,
  type RunOptions,
  withPresetDefaults,
} from "@penny/chat";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../chat-caller.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { resumePoint, sendSse } from "../streaming/sse-stream.ts";

const conversationParams = z.object({ conversationId: z.uuid() });

/** The longest message a person may send, in characters. */
export const MAX_MESSAGE_LENGTH = 32_000;

const toolName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "is not a tool name");

const runOptionsSchema = z.object({
  toolsAllowed: z
    .array(toolName)
    .max(50)
    .optional()
    .describe("Only these tools may be used in this answer; empty or absent: every tool you may use"),
  artifactsExpected: z
    .array(
      z.enum([
        "markdown",
        "table",
        "chart",
        "diagram",
        "code",
        "image",
        "document",
        "notebook",
        "3d",
        "dashboard",
      ]),
    )
    .max(10)
    .optional()
    .describe("Kinds of artifact you hope to see"),
  model: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("A model id from GET /v1/models; the policy may refuse it"),
  presetId: z
    .uuid()
    .optional()
    .describe(
      "A preset from GET /v1/presets: its model and tools apply where this request names none, its instructions join the system prompt",
    ),
  knowledge: z
    .object({
      fileIds: z.array(z.uuid()).max(20).optional().describe("Uploaded files (GET /v1/files) to answer from"),
      collectionIds: z.array(z.uuid()).max(10).optional().describe("Knowledge collections to answer from"),
    })
    .optional()
    .describe(
      "Documents to answer from: the answer starts with a document search limited to them, and cites it",
    ),
});

const sendBody = runOptionsSchema.extend({
  content: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
  attachments: z
    .array(
      z.object({
        url: z.string().max(2_000).describe("An artifact content URL or a data: URL"),
        mediaType: z.string().min(3).max(200),
        filename: z.string().max(255).optional(),
      }),
    )
    .max(20)
    .default([]),
  parentMessageId: z
    .uuid()
    .nullable()
    .optional()
    .describe(
      "Answer under this message instead of the active leaf (editing makes a sibling branch); null: new root",
    ),
});

const streamResponse = {
  200: {
    description:
      "An AI SDK UI message stream over SSE: each event's `id:` is its per-conversation sequence number, `data:` one chunk (start, text-delta, tool-input-available, tool-output-available, data-artifact, data-approval, tool-approval-request, finish, error, abort); ends with `data: [DONE]`.",
    content: { "text/event-stream": { schema: z.string() } },
  },
  ...problemResponses,
};

/**
 * The chat: send a message and read the answer as it is written, regenerate, resume a dropped stream, stop.
 * Streams read the event log and the bus, so they resume on any server process.
 */
export const chatRoutes: FastifyPluginAsyncZod = async (app) => {
  const runOptionsOf = async (
    caller: Caller,
    body: z.infer<typeof runOptionsSchema>,
  ): Promise<RunOptions> => {
    const { toolsAllowed, artifactsExpected, model, presetId, knowledge } = body;
    const options = {
      toolsAllowed,
      artifactsExpected,
      requestedModel: model,
      ...(knowledge ? { knowledge } : {}),
    };
    if (!presetId) return options;
    return app.database.withTenant(caller.tenantId, (tx) =>
      withPresetDefaults(tx, { userId: caller.userId, presetId, options }),
    );
  };
  const follow = (tenantId: string, conversationId: string, afterSeq: number) => (signal: AbortSignal) =>
    followConversation({ database: app.database, bus: app.bus, tenantId, conversationId, afterSeq, signal });

  app.post(
    "/v1/chat/:conversationId/messages",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Send a message; the answer streams back (SSE)",
        tags: ["chat"],
        params: conversationParams,
        body: sendBody,
        response: streamResponse,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await app.chatLimits.check(caller);
      const { content, attachments, parentMessageId } = request.body;
      const started = await app.chat.send({
        caller,
        conversationId: request.params.conversationId,
        content,
        attachments,
        parentMessageId,
        options: await runOptionsOf(caller, request.body),
      });
      await sendSse(request, reply, {
        events: follow(caller.tenantId, request.params.conversationId, started.firstSeq - 1),
        heartbeatMs: app.streaming.heartbeatMs,
        headers: {
          "x-penny-run-id": started.runId,
          "x-penny-user-message-id": started.userMessageId,
          "x-penny-message-id": started.answerId,
        },
      });
    },
  );

  app.post(
    "/v1/chat/:conversationId/messages/:messageId/regenerate",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Answer a question again, as a new branch beside the earlier answers (SSE)",
        tags: ["chat"],
        params: conversationParams.extend({ messageId: z.uuid() }),
        body: runOptionsSchema.default({}),
        response: streamResponse,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await app.chatLimits.check(caller);
      const started = await app.chat.regenerate({
        caller,
        conversationId: request.params.conversationId,
        messageId: request.params.messageId,
        options: await runOptionsOf(caller, request.body),
      });
      await sendSse(request, reply, {
        events: follow(caller.tenantId, request.params.conversationId, started.firstSeq - 1),
        heartbeatMs: app.streaming.heartbeatMs,
        headers: { "x-penny-run-id": started.runId, "x-penny-message-id": started.answerId },
      });
    },
  );

  app.get(
    "/v1/chat/:conversationId/stream",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Resume: the events after a sequence number (or Last-Event-ID), then the live ones (SSE)",
        tags: ["chat"],
        params: conversationParams,
        querystring: z.object({
          after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
        }),
        response: streamResponse,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const after = resumePoint(request, request.query.after);
      await app.database.withTenant(caller.tenantId, (tx) =>
        getConversation(tx, { userId: caller.userId, conversationId: request.params.conversationId }),
      );
      await sendSse(request, reply, {
        events: follow(caller.tenantId, request.params.conversationId, after),
        heartbeatMs: app.streaming.heartbeatMs,
      });
    },
  );

  app.post(
    "/v1/chat/:conversationId/stop",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Stop the answer being written (or waiting for an approval)",
        tags: ["chat"],
        params: conversationParams,
        response: {
          200: z.object({ runId: z.uuid().nullable().describe("The run stopped; null when none was going") }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      app.chat.stop({ caller: callerOf(request), conversationId: request.params.conversationId }),
  );
};
