import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BlobStore, createArtifact, createFsBlobStore } from "@penny/artifacts";
import { createConversation } from "@penny/chat";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_SPEC } from "./__fixtures__/sample-snapshot.ts";
import { loadConversationSnapshot } from "./load-snapshot.ts";

let testDatabase: TestDatabase;
let blobStore: BlobStore;
let blobDir: string;
let tenantId: string;
let ownerId: string;
let otherUserId: string;
let conversationId: string;
const artifactIds: string[] = [];
let foreignArtifactId: string;

const database = () => testDatabase.database;

beforeAll(async () => {
  testDatabase = await openTestDatabase({ migrated: true });
  blobDir = await mkdtemp(path.join(tmpdir(), "penny-exports-"));
  blobStore = createFsBlobStore(blobDir);
  ({ tenantId, ownerId, otherUserId } = await database().withPlatform(async (tx) => {
    const [tenant] = await tx
      .insert(schema.tenants)
      .values({ slug: "exports-t", name: "Exports" })
      .returning();
    const users = await tx
      .insert(schema.users)
      .values([
        { email: "owner@exports.test", name: "Owner" },
        { email: "other@exports.test", name: "Other" },
      ])
      .returning();
    return {
      tenantId: tenant?.id as string,
      ownerId: users[0]?.id as string,
      otherUserId: users[1]?.id as string,
    };
  }));
  const [mine, elsewhere] = await database().withTenant(tenantId, async (tx) => [
    await createConversation(tx, { tenantId, userId: ownerId, title: "Trimestre" }),
    await createConversation(tx, { tenantId, userId: ownerId, title: "Another" }),
  ]);
  conversationId = mine?.id as string;
  for (const title of ["Uno", "Dos", "Tres"]) {
    const chart = await createArtifact({
      database: database(),
      blobStore,
      tenantId,
      conversationId,
      kind: "chart",
      title,
      mime: "application/vnd.vegalite+json",
      content: JSON.stringify(CHART_SPEC),
    });
    artifactIds.push(chart.id);
  }
  const foreign = await createArtifact({
    database: database(),
    blobStore,
    tenantId,
    conversationId: elsewhere?.id,
    kind: "markdown",
    title: "Made elsewhere",
    mime: "text/markdown",
    content: "# Not here",
  });
  foreignArtifactId = foreign.id;
  const reference = (id: string) => ({ type: "data-artifact", id: `${id}@1`, data: { id, version: 1 } });
  await database().withTenant(tenantId, async (tx) => {
    const [question] = await tx
      .insert(schema.messages)
      .values({
        tenantId,
        conversationId,
        role: "user",
        parts: [{ type: "text", text: "¿Y el trimestre?" }],
        // Explicit times: rows written in one transaction share now(), and "newest" must not fall to id order.
        createdAt: new Date("2026-11-30T10:00:00Z"),
      })
      .returning();
    await tx.insert(schema.messages).values([
      {
        tenantId,
        conversationId,
        parentId: question?.id,
        role: "assistant",
        parts: [...artifactIds.map(reference), reference(foreignArtifactId)],
        createdAt: new Date("2026-11-30T10:00:01Z"),
      },
      {
        tenantId,
        conversationId,
        role: "user",
        parts: [{ type: "text", text: "A second root" }],
        createdAt: new Date("2026-11-30T10:00:02Z"),
      },
    ]);
  });
});
afterAll(async () => {
  await testDatabase?.dispose();
  await rm(blobDir, { recursive: true, force: true });
});

describe("loadConversationSnapshot", () => {
  it("reports progress per artifact, draws charts and leaves out artifacts made in another conversation", async () => {
    const progress: string[] = [];
    const snapshot = await loadConversationSnapshot({
      database: database(),
      blobStore,
      tenantId,
      userId: ownerId,
      conversationId,
      branches: "all",
      now: new Date("2026-12-01T00:00:00Z"),
      onProgress: async (step) => {
        progress.push(`${step.phase} ${step.done}/${step.total}`);
      },
    });
    expect(progress).toEqual([
      "artifacts 0/4",
      "artifacts 1/4",
      "artifacts 2/4",
      "artifacts 3/4",
      "artifacts 4/4",
    ]);
    expect(snapshot.artifacts.map((artifact) => artifact.id)).toEqual(artifactIds);
    expect(snapshot.artifacts.every((artifact) => artifact.rendered !== null)).toBe(true);
    expect(new TextDecoder().decode(snapshot.artifacts[0]?.rendered?.svg)).toContain("Región comercial");
    expect(snapshot.messages).toHaveLength(3);
    // The active path defaults to the newest branch: the second root.
    expect(snapshot.activePath).toHaveLength(1);
  });

  it("exports only the active branch when asked, and nothing of a conversation that is not the person's", async () => {
    const active = await loadConversationSnapshot({
      database: database(),
      blobStore,
      tenantId,
      userId: ownerId,
      conversationId,
      branches: "active",
      now: new Date("2026-12-01T00:00:00Z"),
    });
    expect(active.messages.map((message) => message.parts)).toEqual([
      [{ type: "text", text: "A second root" }],
    ]);
    expect(active.artifacts).toEqual([]);
    await expect(
      loadConversationSnapshot({
        database: database(),
        blobStore,
        tenantId,
        userId: otherUserId,
        conversationId,
        branches: "all",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "PENNY_CONVERSATION_NOT_FOUND" });
  });
});
