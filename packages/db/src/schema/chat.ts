import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { workspaces } from "./identity.ts";
import { users } from "./platform.ts";
import { sameTenant, tenantTable } from "./tenant-table.ts";

export const messageRoles = ["system", "user", "assistant", "tool"] as const;
export const runStatuses = [
  "queued",
  "running",
  "waiting_approval",
  "succeeded",
  "failed",
  "cancelled",
] as const;
export const toolInvocationStatuses = [
  "pending",
  "waiting_approval",
  "running",
  "succeeded",
  "failed",
  "denied",
  "timed_out",
] as const;
export const approvalStatuses = ["pending", "approved", "denied", "expired"] as const;

export const conversations = tenantTable(
  "conversations",
  {
    workspaceId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    title: text().notNull().default("New conversation"),
    pinned: boolean().notNull().default(false),
    /** Sensitive conversations are answered by local models only. */
    sensitive: boolean().notNull().default(false),
    activeLeafId: uuid(),
    /** When false, remembered facts are neither recalled into nor added from this conversation. */
    memoryEnabled: boolean().notNull().default(true),
    nextSeq: bigint({ mode: "number" }).notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (self) => [
    sameTenant(self.tenantId, self.workspaceId, workspaces),
    index().on(self.tenantId, self.userId, self.updatedAt),
  ],
);

/** One node of the message tree; edits and regenerations are siblings under the same parent. */
export const messages = tenantTable(
  "messages",
  {
    conversationId: uuid().notNull(),
    parentId: uuid(),
    role: text({ enum: messageRoles }).notNull(),
    /** Message parts (text, tool calls, artifact references) in the AI SDK's UI message shape. */
    parts: jsonb().$type<unknown[]>().notNull().default([]),
    model: text(),
    authorId: uuid().references(() => users.id),
  },
  (self) => [
    sameTenant(self.tenantId, self.conversationId, conversations),
    index().on(self.tenantId, self.conversationId, self.parentId),
  ],
);

/** One turn of the agent loop answering a user message. */
export const runs = tenantTable(
  "runs",
  {
    conversationId: uuid().notNull(),
    messageId: uuid().notNull(),
    /** The assistant message this run writes. */
    answerId: uuid(),
    /** What the request asked for (tools allowed, artifacts expected, requested model), kept for later segments. */
    options: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: text({ enum: runStatuses }).notNull().default("queued"),
    model: text(),
    usage: jsonb().$type<Record<string, number>>().notNull().default({}),
    ttftMs: integer(),
    error: text(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (self) => [
    sameTenant(self.tenantId, self.conversationId, conversations),
    sameTenant(self.tenantId, self.messageId, messages),
    index().on(self.tenantId, self.conversationId, self.status),
  ],
);

/** Every streamed event, numbered per conversation so a reconnecting client gets exactly what it missed. */
export const runEvents = tenantTable(
  "run_events",
  {
    conversationId: uuid().notNull(),
    runId: uuid().notNull(),
    seq: bigint({ mode: "number" }).notNull(),
    type: text().notNull(),
    payload: jsonb().$type<unknown>().notNull(),
  },
  (self) => [
    sameTenant(self.tenantId, self.conversationId, conversations),
    sameTenant(self.tenantId, self.runId, runs),
    uniqueIndex().on(self.tenantId, self.conversationId, self.seq),
  ],
);

export const toolInvocations = tenantTable(
  "tool_invocations",
  {
    runId: uuid().notNull(),
    toolName: text().notNull(),
    toolCallId: text().notNull(),
    /** SHA-256 of the canonical arguments and result, also written to the audit event. */
    argumentsHash: text(),
    resultHash: text(),
    arguments: jsonb().$type<unknown>().notNull(),
    status: text({ enum: toolInvocationStatuses }).notNull().default("pending"),
    result: jsonb().$type<unknown>(),
    error: text(),
    durationMs: integer(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (self) => [sameTenant(self.tenantId, self.runId, runs)],
);

/** A person's decision on a tool call flagged as needing approval. */
export const approvals = tenantTable(
  "approvals",
  {
    toolInvocationId: uuid().notNull(),
    status: text({ enum: approvalStatuses }).notNull().default("pending"),
    requestedFor: uuid().references(() => users.id),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    reason: text(),
    editedArguments: jsonb().$type<unknown>(),
    /** A pending approval past this instant counts as expired (the run treats it as denied). */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (self) => [
    sameTenant(self.tenantId, self.toolInvocationId, toolInvocations),
    uniqueIndex().on(self.tenantId, self.toolInvocationId),
  ],
);

/** Facts the assistant keeps about a user across conversations; the user can see and delete them. */
export const memories = tenantTable(
  "memories",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    content: text().notNull(),
    source: text(),
  },
  (self) => [index().on(self.tenantId, self.userId)],
);

/** A saved setup for a conversation: instructions, model and allowed tools. */
export const presets = tenantTable(
  "presets",
  {
    name: text().notNull(),
    instructions: text().notNull().default(""),
    model: text(),
    toolsAllowed: text().array(),
    /** Null: a workspace preset everyone in the tenant sees; otherwise the owner's own. */
    ownerId: uuid().references(() => users.id, { onDelete: "cascade" }),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.ownerId, self.name)],
);

/** A model provider a tenant configured (OpenAI, Anthropic, Google, an OpenAI-compatible server). */
export const modelProviders = tenantTable(
  "model_providers",
  {
    name: text().notNull(),
    kind: text({ enum: ["openai", "anthropic", "google", "openai-compatible"] }).notNull(),
    baseUrl: text(),
    /** The models offered, each with its size class, locality and price per million tokens. */
    models: jsonb()
      .$type<
        {
          id: string;
          label?: string;
          size: "small" | "large";
          local: boolean;
          inputCostPerMillion?: number;
          outputCostPerMillion?: number;
        }[]
      >()
      .notNull()
      .default([]),
    /** The encrypted API key in `credentials`; null for servers that need none (a local Ollama). */
    credentialId: uuid(),
    enabled: boolean().notNull().default(true),
    /** Lower is tried first when falling back. */
    priority: integer().notNull().default(100),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.name)],
);

/** A tenant-scoped cache of model answers, keyed by a hash of the model and the whole prompt. */
export const modelResponseCache = tenantTable(
  "model_response_cache",
  {
    key: text().notNull(),
    model: text().notNull(),
    response: jsonb().$type<unknown>().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.key)],
);
