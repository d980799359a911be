import { createInProcessEventBus } from "@penny/bus";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followConversation } from "./follow-conversation.ts";
import { RunEventWriter } from "./run-event-writer.ts";
import type { StreamEvent } from "./stream-event.ts";

let test: TestDatabase;
const bus = createInProcessEventBus();
let tenantId: string;
let conversationId: string;
let runId: string;

beforeAll(async () => {
  test = await openTestDatabase();
  ({ tenantId, conversationId, runId } = await test.database.withPlatform(async (tx) => {
    const [tenant] = await tx.insert(schema.tenants).values({ slug: "follow", name: "Follow" }).returning();
    const [user] = await tx.insert(schema.users).values({ email: "f@follow.test", name: "F" }).returning();
    const ids = { tenantId: tenant?.id as string };
    const [workspace] = await tx
      .insert(schema.workspaces)
      .values({ ...ids, slug: "default", name: "Default", isDefault: true })
      .returning();
    const [conversation] = await tx
      .insert(schema.conversations)
      .values({ ...ids, workspaceId: workspace?.id as string, userId: user?.id as string })
      .returning();
    const [message] = await tx
      .insert(schema.messages)
      .values({ ...ids, conversationId: conversation?.id as string, role: "user", parts: [] })
      .returning();
    const [run] = await tx
      .insert(schema.runs)
      .values({
        ...ids,
        conversationId: conversation?.id as string,
        messageId: message?.id as string,
        status: "running",
      })
      .returning();
    return { tenantId: ids.tenantId, conversationId: conversation?.id as string, runId: run?.id as string };
  }));
});
afterAll(async () => {
  await bus.close();
  await test?.dispose();
});

async function collect(afterSeq: number): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  const controller = new AbortController();
  for await (const event of followConversation({
    database: test.database,
    bus,
    tenantId,
    conversationId,
    afterSeq,
    signal: controller.signal,
    pollIntervalMs: 50,
  })) {
    events.push(event);
  }
  return events;
}

describe("followConversation", () => {
  it("readers joining at any moment of a live run each get every later event exactly once, in order", async () => {
    const writer = new RunEventWriter({
      database: test.database,
      bus,
      tenantId,
      conversationId,
      runId,
      firstSeq: 1,
    });
    const total = 300;
    const readers: Promise<StreamEvent[]>[] = [collect(0)];
    writer.emit({ type: "start", messageId: "m" });
    writer.emit({ type: "text-start", id: "t" });
    for (let index = 0; index < total; index += 1) {
      writer.emit({ type: "text-delta", id: "t", delta: `${index} ` });
      // Readers join while writes are in flight: some events are stored, some published, some neither yet.
      if (index % 60 === 30) readers.push(collect(Math.floor(index / 2)));
      if (index % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    writer.emit({ type: "text-end", id: "t" });
    writer.emit({ type: "finish" });
    await writer.drain();
    await test.database.withTenant(tenantId, (tx) =>
      tx.update(schema.runs).set({ status: "succeeded" }).where(eq(schema.runs.id, runId)),
    );
    const last = total + 4;
    const results = await Promise.all(readers);
    expect(results.length).toBeGreaterThan(3);
    for (const events of results) {
      const seqs = events.map((event) => event.seq);
      const start = seqs[0] as number;
      expect(seqs).toEqual(Array.from({ length: last - start + 1 }, (_, index) => start + index));
      expect(events.at(-1)?.chunk.type).toBe("finish");
    }
    // Once the run is over, a late reader gets what it missed and the stream ends.
    const late = await collect(last - 2);
    expect(late.map((event) => event.seq)).toEqual([last - 1, last]);
    expect(await collect(last)).toEqual([]);
  });
});
