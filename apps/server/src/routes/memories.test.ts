import { schema } from "@penny/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { chunksOf } from "../__fixtures__/chat-fixture.ts";
import type { FixtureUser } from "../__fixtures__/identity-fixture.ts";
import {
  type MemoryAndPresetsApp,
  useMemoryAndPresetsApp,
} from "../__fixtures__/memory-and-presets-fixture.ts";

const fixture = useMemoryAndPresetsApp("Noted.");
const call: MemoryAndPresetsApp["call"] = (...request) => fixture.call(...request);

interface Memory {
  id: string;
  content: string;
  source: string | null;
}

async function memoriesOf(user: FixtureUser): Promise<Memory[]> {
  const response = await call(user, "GET", "/v1/memories?limit=200");
  expect(response.statusCode, response.body).toBe(200);
  return response.json().memories;
}

async function newConversation(user: FixtureUser, body: Record<string, unknown> = {}): Promise<string> {
  const response = await call(user, "POST", "/v1/conversations", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().conversation.id;
}

async function ask(user: FixtureUser, conversationId: string, content: string) {
  const response = await call(user, "POST", `/v1/chat/${conversationId}/messages`, { content });
  expect(response.statusCode, response.body).toBe(200);
  // The stream ends with the answer's last event; the run's own last update may still be on its way.
  await fixture.testApp.app.chat.settled();
  const chunks = chunksOf(response.body).map((entry) => entry.chunk);
  return {
    userMessageId: response.headers["x-penny-user-message-id"] as string,
    chunks,
    notices: chunks.filter((chunk) => chunk.type === "data-memory").map((chunk) => chunk.data),
    text: chunks
      .filter((chunk) => chunk.type === "text-delta")
      .map((chunk) => chunk.delta)
      .join(""),
  };
}

describe("memories over HTTP", () => {
  it("adds, lists newest first page by page, deletes one and all; refuses bad input with a clear message", async () => {
    const { manager } = fixture.testApp.users;
    const first = await call(manager, "POST", "/v1/memories", { content: "  I prefer tables over charts " });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().memory).toMatchObject({ content: "I prefer tables over charts", source: null });
    const again = await call(manager, "POST", "/v1/memories", { content: "i prefer tables over charts." });
    expect(again.statusCode).toBe(200);
    expect(again.json().memory.id).toBe(first.json().memory.id);
    await call(manager, "POST", "/v1/memories", { content: "I report to the CFO" });
    await call(manager, "POST", "/v1/memories", { content: "My region is EMEA" });

    const pageOne = (await call(manager, "GET", "/v1/memories?limit=2")).json();
    expect(pageOne.memories.map((memory: Memory) => memory.content)).toEqual([
      "My region is EMEA",
      "I report to the CFO",
    ]);
    const pageTwo = (
      await call(manager, "GET", `/v1/memories?limit=2&cursor=${encodeURIComponent(pageOne.nextCursor)}`)
    ).json();
    expect(pageTwo).toEqual({
      memories: [expect.objectContaining({ content: "I prefer tables over charts" })],
      nextCursor: null,
    });

    for (const [payload, message] of [
      [{ content: "   " }, /content: must not be empty/],
      [{ content: "x".repeat(501) }, /content: must be at most 500 characters/],
      [{ content: "a\u0000b" }, /NUL/],
      [{}, /content/],
    ] as const) {
      const refused = await call(manager, "POST", "/v1/memories", payload);
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().detail).toMatch(message);
    }
    const badCursor = await call(manager, "GET", "/v1/memories?cursor=bm90LWEtY3Vyc29y");
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().detail).toMatch(/cursor/);

    const removed = await call(manager, "DELETE", `/v1/memories/${first.json().memory.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await call(manager, "DELETE", `/v1/memories/${first.json().memory.id}`)).statusCode).toBe(404);
    const cleared = await call(manager, "DELETE", "/v1/memories");
    expect(cleared.json()).toEqual({ deleted: 2 });
    expect(await memoriesOf(manager)).toEqual([]);
  });

  it("keeps a person's memory from everyone else: admins of the tenant and other tenants get 404", async () => {
    const { creator, admin, globexAdmin } = fixture.testApp.users;
    const created = await call(creator, "POST", "/v1/memories", { content: "My cat is called Pixel" });
    const id = created.json().memory.id as string;
    for (const other of [admin, globexAdmin]) {
      expect((await memoriesOf(other)).map((memory) => memory.id)).not.toContain(id);
      const refused = await call(other, "DELETE", `/v1/memories/${id}`);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().code).toBe("PENNY_NOT_FOUND");
      await call(other, "DELETE", "/v1/memories");
    }
    expect((await memoriesOf(creator)).map((memory) => memory.id)).toContain(id);

    // The audit log records the change, never the fact itself.
    const audit = await fixture.testApp.database.withTenant(fixture.testApp.acme.id, (tx) =>
      tx
        .select()
        .from(schema.auditEvents)
        .where(eq(schema.auditEvents.target, `memory:${id}`)),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "memory.create",
      actorId: creator.id,
      payloadHash: expect.any(String),
    });
    expect(JSON.stringify(audit)).not.toContain("Pixel");
    await call(creator, "DELETE", `/v1/memories/${id}`);
  });

  it("refuses a fact past the per-user limit with 409", async () => {
    const { viewer } = fixture.testApp.users;
    await fixture.testApp.database.withTenant(fixture.testApp.acme.id, (tx) =>
      tx.insert(schema.memories).values(
        Array.from({ length: 200 }, (_, index) => ({
          tenantId: fixture.testApp.acme.id,
          userId: viewer.id,
          content: `Fact number ${index}`,
        })),
      ),
    );
    const refused = await call(viewer, "POST", "/v1/memories", { content: "One fact too many" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/200 memories.*delete some/);
    expect((await memoriesOf(viewer)).map((memory) => memory.content)).not.toContain("One fact too many");
    expect((await call(viewer, "DELETE", "/v1/memories")).json()).toEqual({ deleted: 200 });
  });
});

describe("memory in the chat", () => {
  it("keeps 'remember that my team is Borealis' and the built-in model acknowledges it without a tool", async () => {
    const { creator } = fixture.testApp.users;
    const conversationId = await newConversation(creator);
    const answer = await ask(creator, conversationId, "remember that my team is Borealis");
    expect(answer.notices).toEqual([
      { action: "saved", id: expect.any(String), content: "my team is Borealis" },
    ]);
    expect(answer.chunks.some((chunk) => chunk.type === "tool-input-available")).toBe(false);
    expect(answer.text).toMatch(/remember/i);
    expect(answer.text).toContain("my team is Borealis");
    const kept = await memoriesOf(creator);
    expect(kept).toContainEqual({
      id: (answer.notices[0] as { id: string }).id,
      content: "my team is Borealis",
      source: `conversation:${conversationId}/message:${answer.userMessageId}`,
      createdAt: expect.any(String),
    });

    const spanish = await ask(creator, conversationId, "Recuerda que mi proyecto favorito es Atlas");
    expect(spanish.notices).toMatchObject([{ action: "saved", content: "mi proyecto favorito es Atlas" }]);
    expect(spanish.text).toMatch(/^Entendido/);
    // The answer keeps the notice, so a reload shows it too.
    const tree = (await call(creator, "GET", `/v1/conversations/${conversationId}`)).json();
    expect(JSON.stringify(tree)).toContain('"type":"data-memory"');
  });

  it("recalls the fact into a NEW conversation's system prompt, only when relevant, only for its owner", async () => {
    const { creator, admin } = fixture.testApp.users;
    await fixture.addVendorProvider([{ id: "gpt-test", size: "large" }]);

    await ask(creator, await newConversation(creator), "Which team am I on?");
    expect(fixture.lastVendorRequest().model).toBe("gpt-test");
    const system = fixture.lastVendorRequest().system;
    expect(system).toContain("What you know about this user");
    expect(system).toContain("my team is Borealis");
    expect(system).not.toContain("Atlas");

    await ask(admin, await newConversation(admin), "Which team am I on?");
    expect(fixture.lastVendorRequest().system).not.toContain("Borealis");
  });

  it("forgets the closest fact when asked in the chat", async () => {
    const { creator } = fixture.testApp.users;
    const answer = await ask(
      creator,
      await newConversation(creator),
      "Please forget that my team is Borealis.",
    );
    expect(answer.notices).toMatchObject([{ action: "forgotten", content: "my team is Borealis" }]);
    expect(fixture.lastVendorRequest().system).toContain('"my team is Borealis" is now deleted');
    expect((await memoriesOf(creator)).map((memory) => memory.content)).not.toContain("my team is Borealis");
    const audit = await fixture.testApp.database.withTenant(fixture.testApp.acme.id, (tx) =>
      tx.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, "memory.delete")),
    );
    expect(audit.at(-1)?.data).toMatchObject({ via: "chat" });

    const nothing = await ask(creator, await newConversation(creator), "forget that I like golf");
    expect(nothing.notices).toMatchObject([{ action: "rejected", reason: expect.stringMatching(/Nothing/) }]);
  });

  it("with memory off, neither keeps nor recalls anything", async () => {
    const { creator } = fixture.testApp.users;
    await call(creator, "POST", "/v1/memories", { content: "My manager is Maria" });
    const conversationId = await newConversation(creator);
    const off = await call(creator, "PATCH", `/v1/conversations/${conversationId}`, { memoryEnabled: false });
    expect(off.json().conversation.memoryEnabled).toBe(false);

    const said = await ask(creator, conversationId, "remember that I prefer pie charts");
    expect(said.notices).toEqual([]);
    expect((await memoriesOf(creator)).map((memory) => memory.content)).not.toContain("I prefer pie charts");
    await ask(creator, conversationId, "Who is my manager?");
    expect(fixture.lastVendorRequest().system).not.toContain("Maria");

    // The same question where memory is on does recall it.
    await ask(creator, await newConversation(creator), "Who is my manager?");
    expect(fixture.lastVendorRequest().system).toContain("My manager is Maria");
  });
});
