import { createInProcessEventBus } from "@penny/bus";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { createBuiltinModel } from "@penny/models";
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createConversation, lockConversation } from "../conversations/conversation-store.ts";
import { readRunEventsAfter } from "../events/event-log.ts";
import { RunEventWriter } from "../events/run-event-writer.ts";
import { conversationChannel, type StreamEvent } from "../events/stream-event.ts";
import { appendMessage } from "../messages/message-store.ts";
import { ChatService } from "./chat-service.ts";
import type { Caller, ChatToolbox } from "./ports.ts";
import { REAPED_RUN_MESSAGE, reapStaleRuns } from "./reaper.ts";
import { insertRun, insertToolInvocation } from "./run-store.ts";

const BASE = new Date("2031-03-01T10:00:00.000Z");
const MINUTE = 60_000;
const STALE = 10 * MINUTE;
const at = (ms: number) => new Date(BASE.getTime() + ms);

let test: TestDatabase;
const bus = createInProcessEventBus();
let acme: Caller;
let globex: Caller;

/** The chat's toolbox with no tools at all: the built-in model then answers in words. */
const noTools: ChatToolbox = {
  available: async () => [],
  authorize: async () => {
    throw new Error("no tools in this test");
  },
  execute: async () => {
    throw new Error("no tools in this test");
  },
};

async function newTenant(slug: string): Promise<Caller> {
  return test.database.withPlatform(async (tx) => {
    const [tenant] = await tx.insert(schema.tenants).values({ slug, name: slug }).returning();
    const [user] = await tx
      .insert(schema.users)
      .values({ email: `owner@${slug}.test`, name: "Owner" })
      .returning();
    return {
      tenantId: tenant?.id as string,
      userId: user?.id as string,
      role: "admin",
      permissions: new Set<string>(),
    };
  });
}

async function newConversation(caller: Caller): Promise<string> {
  const conversation = await test.database.withTenant(caller.tenantId, (tx) =>
    createConversation(tx, { tenantId: caller.tenantId, userId: caller.userId }),
  );
  return conversation.id;
}

/**
 * What a server process that died mid-answer leaves behind: the question, an empty answer, a run still `running`
 * (or `queued`) with a tool call open, and the first events it wrote — each event stamped at `eventTimes[i]`.
 */
async function leaveDeadRun(
  caller: Caller,
  conversationId: string,
  options: { status?: "running" | "queued" | "waiting_approval"; startedAt?: Date; eventTimes?: Date[] } = {},
): Promise<string> {
  const eventTimes = options.eventTimes ?? [BASE, BASE];
  const { runId, firstSeq } = await test.database.withTenant(caller.tenantId, async (tx) => {
    const conversation = await lockConversation(tx, { userId: caller.userId, conversationId });
    const user = await appendMessage(tx, {
      tenantId: caller.tenantId,
      conversationId,
      parentId: conversation.activeLeafId,
      role: "user",
      authorId: caller.userId,
      parts: [{ type: "text", text: "How are we doing?" }],
    });
    const answer = await appendMessage(tx, {
      tenantId: caller.tenantId,
      conversationId,
      parentId: user.id,
      role: "assistant",
      parts: [],
    });
    const run = await insertRun(tx, {
      tenantId: caller.tenantId,
      conversationId,
      messageId: user.id,
      answerId: answer.id,
      options: {},
    });
    await insertToolInvocation(tx, {
      tenantId: caller.tenantId,
      runId: run.id,
      toolName: "query_kpis",
      toolCallId: "call-1",
      arguments: {},
      argumentsHash: "0".repeat(64),
      status: "running",
    });
    return { runId: run.id, firstSeq: conversation.nextSeq };
  });
  const writer = new RunEventWriter({
    database: test.database,
    bus,
    tenantId: caller.tenantId,
    conversationId,
    runId,
    firstSeq,
  });
  const chunks: StreamEvent["chunk"][] = [
    { type: "start", messageId: "answer" },
    { type: "text-start", id: "t" },
  ];
  eventTimes.forEach((_, index) => {
    writer.emit(chunks[index] ?? { type: "text-delta", id: "t", delta: `part ${index} ` });
  });
  await writer.drain();
  // Back-date the run and its events to fixed moments, so staleness is measured against an injected `now`.
  await test.database.withPlatform(async (tx) => {
    await tx
      .update(schema.runs)
      .set({
        status: options.status ?? "running",
        startedAt: options.status === "queued" ? null : (options.startedAt ?? BASE),
        createdAt: options.startedAt ?? BASE,
      })
      .where(eq(schema.runs.id, runId));
    for (const [index, time] of eventTimes.entries()) {
      await tx
        .update(schema.runEvents)
        .set({ createdAt: time })
        .where(and(eq(schema.runEvents.runId, runId), eq(schema.runEvents.seq, firstSeq + index)));
    }
  });
  return runId;
}

async function eventsOf(caller: Caller, conversationId: string): Promise<StreamEvent[]> {
  return test.database.withTenant(caller.tenantId, (tx) =>
    readRunEventsAfter(tx, { conversationId, afterSeq: 0, limit: 1_000 }),
  );
}

async function runOf(caller: Caller, runId: string) {
  return test.database.withTenant(caller.tenantId, async (tx) => {
    const [run] = await tx.select().from(schema.runs).where(eq(schema.runs.id, runId));
    return run;
  });
}

/** Sequence numbers 1…n without a gap, and the conversation's next one right after them. */
async function expectContinuous(caller: Caller, conversationId: string): Promise<StreamEvent[]> {
  const events = await eventsOf(caller, conversationId);
  expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
  const [conversation] = await test.database.withTenant(caller.tenantId, (tx) =>
    tx
      .select({ nextSeq: schema.conversations.nextSeq })
      .from(schema.conversations)
      .where(eq(schema.conversations.id, conversationId)),
  );
  expect(conversation?.nextSeq).toBe(events.length + 1);
  return events;
}

const sweep = (now: Date, isLocal: (runId: string) => boolean = () => false) =>
  reapStaleRuns({ database: test.database, bus, now, staleAfterMs: STALE, isLocal });

beforeAll(async () => {
  test = await openTestDatabase();
  acme = await newTenant("reaper-acme");
  globex = await newTenant("reaper-globex");
});
afterEach(async () => {
  // Each test starts with no writing run left by another.
  await test.database.withPlatform((tx) =>
    tx
      .update(schema.runs)
      .set({ status: "cancelled" })
      .where(inArray(schema.runs.status, ["queued", "running", "waiting_approval"])),
  );
});
afterAll(async () => {
  await bus.close();
  await test?.dispose();
});

describe("reapStaleRuns", () => {
  it("ends a run whose process died, closes its stream and lets the conversation go on", async () => {
    const conversationId = await newConversation(acme);
    const runId = await leaveDeadRun(acme, conversationId);
    const chat = new ChatService({
      database: test.database,
      bus,
      toolbox: noTools,
      resolveModel: async () => ({
        model: createBuiltinModel({ catalogue: { businessUnits: [], projects: [] } }),
        id: "builtin",
        label: "Built-in (offline)",
        reason: "test",
      }),
    });
    const send = () => chat.send({ caller: acme, conversationId, content: "hello", options: {} });
    await expect(send()).rejects.toMatchObject({ code: "PENNY_RUN_ACTIVE" });

    const published: StreamEvent[] = [];
    const unsubscribe = await bus.subscribe(conversationChannel(acme.tenantId, conversationId), (message) => {
      published.push(...(JSON.parse(message) as StreamEvent[]));
    });
    expect(await sweep(at(STALE + 1))).toBe(1);
    await unsubscribe();

    const run = await runOf(acme, runId);
    expect(run?.status).toBe("failed");
    expect(run?.error).toMatch(/10 min without progress/);
    expect(run?.finishedAt?.toISOString()).toBe(at(STALE + 1).toISOString());
    const events = await expectContinuous(acme, conversationId);
    expect(events.map((event) => event.chunk.type)).toEqual(["start", "text-start", "error", "finish"]);
    expect(events[2]?.chunk).toEqual({ type: "error", errorText: REAPED_RUN_MESSAGE });
    expect(events[3]?.chunk).toEqual({ type: "finish", messageMetadata: { status: "failed", runId } });
    expect(published).toEqual(events.slice(2));

    await test.database.withTenant(acme.tenantId, async (tx) => {
      const calls = await tx
        .select({ status: schema.toolInvocations.status })
        .from(schema.toolInvocations)
        .where(eq(schema.toolInvocations.runId, runId));
      expect(calls).toEqual([{ status: "failed" }]);
      const audit = await tx
        .select({ action: schema.auditEvents.action, target: schema.auditEvents.target })
        .from(schema.auditEvents)
        .where(eq(schema.auditEvents.action, "run.reap"));
      expect(audit).toEqual([{ action: "run.reap", target: `run:${runId}` }]);
    });

    // Nothing is left to end, and the conversation takes a new message whose events follow on.
    expect(await sweep(at(STALE + 1))).toBe(0);
    const started = await send();
    expect(started.firstSeq).toBe(5);
    await chat.settled();
    expect((await runOf(acme, started.runId))?.status).toBe("succeeded");
    const after = await expectContinuous(acme, conversationId);
    expect(after.at(-1)?.chunk).toMatchObject({ type: "finish", messageMetadata: { status: "succeeded" } });
  });

  it("measures silence from the run's newest event, not from its start", async () => {
    const conversationId = await newConversation(acme);
    const runId = await leaveDeadRun(acme, conversationId, { eventTimes: [BASE, at(9 * MINUTE)] });
    expect(await sweep(at(9 * MINUTE + STALE - 1))).toBe(0);
    expect((await runOf(acme, runId))?.status).toBe("running");
    expect(await sweep(at(9 * MINUTE + STALE + 1))).toBe(1);
    expect((await runOf(acme, runId))?.status).toBe("failed");
  });

  it("measures a queued run without events from when it was made", async () => {
    const conversationId = await newConversation(acme);
    const runId = await leaveDeadRun(acme, conversationId, { status: "queued", eventTimes: [] });
    expect(await sweep(at(STALE - 1))).toBe(0);
    expect(await sweep(at(STALE + 1))).toBe(1);
    const events = await expectContinuous(acme, conversationId);
    expect(events.map((event) => [event.chunk.type, event.seq])).toEqual([
      ["error", 1],
      ["finish", 2],
    ]);
    expect((await runOf(acme, runId))?.status).toBe("failed");
  });

  it("never ends a run this process is still running, however quiet", async () => {
    const conversationId = await newConversation(acme);
    const runId = await leaveDeadRun(acme, conversationId);
    expect(await sweep(at(STALE * 6), (id) => id === runId)).toBe(0);
    expect((await runOf(acme, runId))?.status).toBe("running");
    expect(await eventsOf(acme, conversationId)).toHaveLength(2);
  });

  it("leaves a run that waits for an approval alone", async () => {
    const conversationId = await newConversation(acme);
    const runId = await leaveDeadRun(acme, conversationId, { status: "waiting_approval" });
    expect(await sweep(at(STALE * 6))).toBe(0);
    expect((await runOf(acme, runId))?.status).toBe("waiting_approval");
  });

  it("ends dead runs of every tenant in one sweep", async () => {
    const acmeRun = await leaveDeadRun(acme, await newConversation(acme));
    const globexRun = await leaveDeadRun(globex, await newConversation(globex));
    expect(await sweep(at(STALE + 1))).toBe(2);
    expect((await runOf(acme, acmeRun))?.status).toBe("failed");
    expect((await runOf(globex, globexRun))?.status).toBe("failed");
  });

  it("ends a run once when two sweeps race for it", async () => {
    const conversationId = await newConversation(globex);
    await leaveDeadRun(globex, conversationId);
    const counts = await Promise.all([sweep(at(STALE + 1)), sweep(at(STALE + 1))]);
    expect(counts[0] + counts[1]).toBe(1);
    const events = await expectContinuous(globex, conversationId);
    expect(events.filter((event) => event.chunk.type === "finish")).toHaveLength(1);
  });

  it("takes at most `limit` runs per sweep, oldest first", async () => {
    const older = await leaveDeadRun(acme, await newConversation(acme), { startedAt: BASE, eventTimes: [] });
    const newer = await leaveDeadRun(acme, await newConversation(acme), {
      startedAt: at(MINUTE),
      eventTimes: [],
    });
    const now = at(STALE * 2);
    const first = await reapStaleRuns({ database: test.database, bus, now, isLocal: () => false, limit: 1 });
    expect(first).toBe(1);
    const statuses = await Promise.all([runOf(acme, older), runOf(acme, newer)]);
    expect(statuses.map((run) => run?.status)).toEqual(["failed", "running"]);
    const rest = await test.database.withPlatform((tx) =>
      tx
        .select({ id: schema.runs.id })
        .from(schema.runs)
        .where(inArray(schema.runs.status, ["running"]))
        .orderBy(asc(schema.runs.createdAt)),
    );
    expect(rest.map((row) => row.id)).toEqual([newer]);
  });
});
