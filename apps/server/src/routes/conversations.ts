import {
  activePath,
  compareBranches,
  createConversation,
  getConversation,
  listConversations,
  loadMessageTree,
  type MessageNode,
  setConversationDeleted,
  streamStateOf,
  updateConversation,
} from "@penny/chat";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../chat-caller.ts";
import { PennyError } from "../errors/penny-error.ts";
import { problemResponses } from "../errors/problem-document.ts";

const conversationSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    pinned: z.boolean(),
    sensitive: z.boolean().describe("Answered by local models only"),
    memoryEnabled: z.boolean().describe("Remembered facts are recalled into this conversation"),
    activeLeafId: z.uuid().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    deletedAt: z.date().nullable(),
  })
  .meta({ id: "Conversation" });

const messageSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    role: z.enum(["system", "user", "assistant", "tool"]),
    parts: z
      .array(z.unknown())
      .describe("AI SDK UI message parts: text, tool calls and results, data-artifact"),
    model: z.string().nullable(),
    createdAt: z.date(),
    childIds: z.array(z.uuid()).describe("Branches that start under this message"),
    siblingIds: z
      .array(z.uuid())
      .describe("This message and its alternatives (edits, regenerations), in order"),
  })
  .meta({ id: "Message" });

const streamStateSchema = z
  .object({
    lastSeq: z
      .number()
      .int()
      .describe("The sequence number of the conversation's newest event (0: none yet)"),
    activeRun: z
      .object({
        runId: z.uuid(),
        answerId: z.uuid().nullable(),
        status: z.enum(["queued", "running", "waiting_approval"]),
        firstSeq: z
          .number()
          .int()
          .nullable()
          .describe("The run's first event: resume with ?after=firstSeq-1 to replay its whole answer"),
      })
      .nullable()
      .describe("The answer being written or waiting for an approval, if any"),
  })
  .describe("Where the conversation's event stream stands, for resuming it");

const idParams = z.object({ id: z.uuid() });
const title = z.string().trim().min(1, "must not be empty").max(200);
const cursorSchema = z
  .string()
  .max(200)
  .describe("From nextCursor of the previous page")
  .transform((text, context) => {
    const [pinned, time, id] = Buffer.from(text, "base64url").toString("utf8").split("|");
    const updatedAt = new Date(time ?? "");
    if (
      (pinned !== "1" && pinned !== "0") ||
      !id ||
      Number.isNaN(updatedAt.getTime()) ||
      !z.uuid().safeParse(id).success
    ) {
      context.addIssue({ code: "custom", message: "is not a cursor this API gave out" });
      return z.NEVER;
    }
    return { pinned: pinned === "1", updatedAt, id };
  });

function withSiblings(nodes: MessageNode[], all: Map<string, MessageNode>, rootIds: string[]) {
  return nodes.map((node) => ({
    ...node,
    siblingIds: node.parentId ? (all.get(node.parentId)?.childIds ?? [node.id]) : rootIds,
  }));
}

/** Conversations: create, list and search, read with the message tree, rename, pin, delete and restore, compare. */
export const conversationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/v1/conversations",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Start a conversation",
        tags: ["conversations"],
        body: z.object({ title: title.optional(), sensitive: z.boolean().optional() }).default({}),
        response: { 201: z.object({ conversation: conversationSchema }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const conversation = await app.database.withTenant(caller.tenantId, (tx) =>
        createConversation(tx, { tenantId: caller.tenantId, userId: caller.userId, ...request.body }),
      );
      return reply.code(201).send({ conversation });
    },
  );

  app.get(
    "/v1/conversations",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Your conversations, pinned first, newest first; search titles and message text",
        tags: ["conversations"],
        querystring: z.object({
          search: z.string().trim().min(1).max(200).optional(),
          deleted: z.enum(["true", "false"]).default("false").describe("true: the trash"),
          limit: z.coerce.number().int().min(1).max(100).default(30),
          cursor: cursorSchema.optional(),
        }),
        response: {
          200: z.object({ conversations: z.array(conversationSchema), nextCursor: z.string().nullable() }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { search, deleted, limit, cursor } = request.query;
      const conversations = await app.database.withTenant(caller.tenantId, (tx) =>
        listConversations(tx, {
          userId: caller.userId,
          search,
          deleted: deleted === "true",
          limit,
          before: cursor,
        }),
      );
      const last = conversations.length === limit ? conversations.at(-1) : undefined;
      return {
        conversations,
        nextCursor: last
          ? Buffer.from(`${last.pinned ? 1 : 0}|${last.updatedAt.toISOString()}|${last.id}`, "utf8").toString(
              "base64url",
            )
          : null,
      };
    },
  );

  app.get(
    "/v1/conversations/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "A conversation with its whole message tree and the active path",
        tags: ["conversations"],
        params: idParams,
        response: {
          200: z.object({
            conversation: conversationSchema,
            messages: z.array(messageSchema).describe("Every message of every branch"),
            activePath: z.array(z.uuid()).describe("The ids from the first message to the active leaf"),
            stream: streamStateSchema,
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return app.database.withTenant(caller.tenantId, async (tx) => {
        const conversation = await getConversation(tx, {
          userId: caller.userId,
          conversationId: request.params.id,
        });
        const tree = await loadMessageTree(tx, conversation.id);
        return {
          conversation,
          messages: withSiblings([...tree.nodes.values()], tree.nodes, tree.rootIds),
          activePath: activePath(tree, conversation.activeLeafId).map((node) => node.id),
          stream: await streamStateOf(tx, conversation.id),
        };
      });
    },
  );

  app.patch(
    "/v1/conversations/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Rename, pin, mark sensitive or turn memory off",
        tags: ["conversations"],
        params: idParams,
        body: z
          .object({
            title: title.optional(),
            pinned: z.boolean().optional(),
            sensitive: z.boolean().optional(),
            memoryEnabled: z.boolean().optional(),
          })
          .refine(
            (body) => Object.values(body).some((value) => value !== undefined),
            "change at least one field",
          ),
        response: { 200: z.object({ conversation: conversationSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const conversation = await app.database.withTenant(caller.tenantId, (tx) =>
        updateConversation(tx, { userId: caller.userId, conversationId: request.params.id, ...request.body }),
      );
      return { conversation };
    },
  );

  app.delete(
    "/v1/conversations/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Move a conversation to the trash (restorable)",
        tags: ["conversations"],
        params: idParams,
        response: { 200: z.object({ conversation: conversationSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const conversation = await app.database.withTenant(caller.tenantId, (tx) =>
        setConversationDeleted(tx, {
          userId: caller.userId,
          conversationId: request.params.id,
          deleted: true,
        }),
      );
      return { conversation };
    },
  );

  app.post(
    "/v1/conversations/:id/restore",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Bring a conversation back from the trash",
        tags: ["conversations"],
        params: idParams,
        response: { 200: z.object({ conversation: conversationSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const conversation = await app.database.withTenant(caller.tenantId, (tx) =>
        setConversationDeleted(tx, {
          userId: caller.userId,
          conversationId: request.params.id,
          deleted: false,
        }),
      );
      return { conversation };
    },
  );

  app.put(
    "/v1/conversations/:id/active",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Switch to the branch through a message (its newest descendant becomes the active leaf)",
        tags: ["conversations"],
        params: idParams,
        body: z.object({ messageId: z.uuid() }),
        response: { 200: z.object({ activeLeafId: z.uuid() }), ...problemResponses },
      },
    },
    async (request) => {
      const activeLeafId = await app.chat.switchBranch({
        caller: callerOf(request),
        conversationId: request.params.id,
        messageId: request.body.messageId,
      });
      return { activeLeafId };
    },
  );

  app.get(
    "/v1/conversations/:id/compare",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Two branches side by side: the shared start, then each branch",
        tags: ["conversations"],
        params: idParams,
        querystring: z.object({
          a: z.uuid().describe("A message on the first branch"),
          b: z.uuid().describe("A message on the second branch"),
        }),
        response: {
          200: z.object({
            common: z.array(messageSchema),
            a: z.array(messageSchema),
            b: z.array(messageSchema),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      if (request.query.a === request.query.b) {
        throw new PennyError("PENNY_VALIDATION_FAILED", "Pick two different messages to compare.");
      }
      return app.database.withTenant(caller.tenantId, async (tx) => {
        await getConversation(tx, { userId: caller.userId, conversationId: request.params.id });
        const tree = await loadMessageTree(tx, request.params.id);
        const comparison = compareBranches(tree, request.query.a, request.query.b);
        return {
          common: withSiblings(comparison.common, tree.nodes, tree.rootIds),
          a: withSiblings(comparison.a, tree.nodes, tree.rootIds),
          b: withSiblings(comparison.b, tree.nodes, tree.rootIds),
        };
      });
    },
  );
};
