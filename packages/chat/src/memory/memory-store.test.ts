import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTwoTenants } from "../__fixtures__/two-tenants.ts";
import { MemoryError } from "./memory-error.ts";
import { forgetClosestMemory, recallMemories } from "./memory-recall.ts";
import {
  addMemory,
  deleteAllMemories,
  deleteMemory,
  listMemories,
  MAX_MEMORIES_PER_USER,
  userMemories,
} from "./memory-store.ts";

let test: TestDatabase;
let acme: string;
let globex: string;
let users: Record<"ana" | "ben" | "gus", string>;

beforeAll(async () => {
  test = await openTestDatabase();
  ({ acme, globex, users } = await seedTwoTenants(test.database, "memory", ["ana", "ben", "gus"]));
});
afterAll(() => test?.dispose());

const inAcme = <T>(work: Parameters<typeof test.database.withTenant<T>>[1]) =>
  test.database.withTenant(acme, work);
const remember = (userId: string, content: string, tenantId = acme) =>
  test.database.withTenant(tenantId, (tx) => addMemory(tx, { tenantId, userId, content }));

describe("memory store", () => {
  it("keeps a fact once, cleaned; the same fact again returns the one kept", async () => {
    const first = await remember(users.ana, "  My team   is Borealis ");
    expect(first.created).toBe(true);
    expect(first.memory.content).toBe("My team is Borealis");
    const again = await remember(users.ana, "my team is borealis.");
    expect(again).toEqual({ memory: first.memory, created: false });
    expect(await inAcme((tx) => userMemories(tx, users.ana))).toHaveLength(1);
  });

  it("refuses empty, oversized and unstorable content with a clear message, storing nothing", async () => {
    const before = (await inAcme((tx) => userMemories(tx, users.ana))).length;
    await expect(remember(users.ana, " \n ")).rejects.toThrow(/needs some text/);
    await expect(remember(users.ana, "x".repeat(501))).rejects.toThrow(
      /at most 500 characters; this one has 501/,
    );
    await expect(remember(users.ana, "a\0b")).rejects.toBeInstanceOf(MemoryError);
    expect(await inAcme((tx) => userMemories(tx, users.ana))).toHaveLength(before);
  });

  it("lists newest first, page by page, without skipping or repeating", async () => {
    for (const fact of ["Fact one", "Fact two", "Fact three", "Fact four", "Fact five"]) {
      await remember(users.ben, fact);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await inAcme((tx) => listMemories(tx, { userId: users.ben, limit: 2, cursor }));
      expect(page.memories.length).toBeLessThanOrEqual(2);
      seen.push(...page.memories.map((memory) => memory.content));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["Fact five", "Fact four", "Fact three", "Fact two", "Fact one"]);
    await expect(
      inAcme((tx) => listMemories(tx, { userId: users.ben, limit: 2, cursor: "bm9wZQ" })),
    ).rejects.toThrow(/cursor/);
  });

  it("keeps each person's facts to themselves: another user or tenant neither lists nor deletes them", async () => {
    const { memory } = await remember(users.ana, "I prefer bar charts");
    expect((await inAcme((tx) => userMemories(tx, users.ben))).map((item) => item.id)).not.toContain(
      memory.id,
    );
    await expect(
      inAcme((tx) => deleteMemory(tx, { userId: users.ben, memoryId: memory.id })),
    ).rejects.toThrow("No such memory.");
    // Row-level security: the other tenant's transaction does not see the row even for the right user.
    const fromGlobex = await test.database.withTenant(globex, (tx) => userMemories(tx, users.ana));
    expect(fromGlobex).toEqual([]);
    expect(await test.database.withTenant(globex, (tx) => deleteAllMemories(tx, { userId: users.ana }))).toBe(
      0,
    );
    expect((await inAcme((tx) => userMemories(tx, users.ana))).map((item) => item.id)).toContain(memory.id);
  });

  it("deletes one fact, then all of a user's, leaving others' alone", async () => {
    const { memory } = await remember(users.gus, "Gus likes tables");
    await remember(users.gus, "Gus works in Madrid");
    await inAcme((tx) => deleteMemory(tx, { userId: users.gus, memoryId: memory.id }));
    expect((await inAcme((tx) => userMemories(tx, users.gus))).map((item) => item.content)).toEqual([
      "Gus works in Madrid",
    ]);
    const anaBefore = (await inAcme((tx) => userMemories(tx, users.ana))).length;
    expect(await inAcme((tx) => deleteAllMemories(tx, { userId: users.gus }))).toBe(1);
    expect(await inAcme((tx) => userMemories(tx, users.gus))).toEqual([]);
    expect(await inAcme((tx) => userMemories(tx, users.ana))).toHaveLength(anaBefore);
  });

  it(`refuses a fact past ${MAX_MEMORIES_PER_USER} per user`, async () => {
    await inAcme((tx) =>
      tx.insert(schema.memories).values(
        Array.from({ length: MAX_MEMORIES_PER_USER }, (_, index) => ({
          tenantId: acme,
          userId: users.gus,
          content: `Numbered fact ${index}`,
        })),
      ),
    );
    await expect(remember(users.gus, "One more fact")).rejects.toMatchObject({
      code: "PENNY_CONFLICT",
      message: expect.stringMatching(/delete some/),
    });
    // Saying a fact already kept still answers with it.
    expect((await remember(users.gus, "Numbered fact 7")).created).toBe(false);
    await inAcme((tx) => deleteAllMemories(tx, { userId: users.gus }));
  });

  it("recalls the relevant facts of the user only, and forgets the closest one", async () => {
    await remember(users.ben, "My team is Borealis");
    await remember(users.ana, "My team is Atlas");
    const recalled = await inAcme((tx) =>
      recallMemories(tx, { userId: users.ben, text: "Which team am I on?" }),
    );
    expect(recalled.map((item) => item.content)).toEqual(["My team is Borealis"]);
    const excluded = await inAcme((tx) =>
      recallMemories(tx, { userId: users.ben, text: "Which team am I on?", excludeId: recalled[0]?.id }),
    );
    expect(excluded).toEqual([]);

    const forgotten = await inAcme((tx) =>
      forgetClosestMemory(tx, { userId: users.ben, description: "Borealis" }),
    );
    expect(forgotten?.content).toBe("My team is Borealis");
    expect(
      await inAcme((tx) => forgetClosestMemory(tx, { userId: users.ben, description: "Borealis" })),
    ).toBe(undefined);
    expect((await inAcme((tx) => userMemories(tx, users.ana))).map((item) => item.content)).toContain(
      "My team is Atlas",
    );
  });
});
