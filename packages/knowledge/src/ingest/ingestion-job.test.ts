import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createFsBlobStore } from "@penny/artifacts";
import { createInProcessEventBus, type EventBus } from "@penny/bus";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { createJobRunner, type JobRunner } from "@penny/jobs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type KnowledgeTenants, seedKnowledgeTenants } from "../__fixtures__/knowledge-tenants.ts";
import { readerFor } from "../access/reader.ts";
import { insertCollection } from "../collections/collection-store.ts";
import { builtinEmbedder } from "../embed/builtin-embedder.ts";
import { insertDocument } from "../files/document-store.ts";
import { searchPassages } from "../retrieve/search-passages.ts";
import { createIngestionJob, INGEST_DOCUMENT } from "./ingestion-job.ts";

const fixtures = path.join(import.meta.dirname, "..", "__fixtures__");
let test: TestDatabase;
let bus: EventBus;
let runner: JobRunner;
let people: KnowledgeTenants;
let blobRoot: string;
const blobStore = () => createFsBlobStore(blobRoot);

beforeAll(async () => {
  test = await openTestDatabase();
  people = await seedKnowledgeTenants(test.database);
  blobRoot = await mkdtemp(path.join(tmpdir(), "penny-knowledge-"));
  bus = createInProcessEventBus();
  runner = createJobRunner({ database: test.database, bus, progressIntervalMs: 0, log: { error: () => {} } });
  runner.register(
    createIngestionJob({ database: test.database, blobStore: blobStore(), embedder: builtinEmbedder }),
  );
});
afterAll(async () => {
  await runner?.close();
  await bus?.close();
  await test?.dispose();
  if (blobRoot) await rm(blobRoot, { recursive: true, force: true });
});

/** Uploads a fixture as `userId` into `collectionId` and runs its ingestion job to the end. */
async function ingest(
  tenantId: string,
  userId: string,
  file: string,
  mime: string,
  collectionId: string | null = null,
) {
  const bytes = await readFile(path.join(fixtures, file));
  const stored = await blobStore().put(bytes);
  const document = await test.database.withTenant(tenantId, (tx) =>
    insertDocument(tx, {
      tenantId,
      collectionId,
      name: file,
      mime,
      sizeBytes: stored.size,
      contentHash: stored.hash,
      createdBy: userId,
    }),
  );
  const progress: { phase: string; done: number; total: number }[] = [];
  const job = await runner.enqueue({
    tenantId,
    kind: INGEST_DOCUMENT,
    subjectId: document.id,
    input: { documentId: document.id },
    createdBy: userId,
  });
  const unsubscribe = await runner.watch(tenantId, job.id, (change) => {
    if (change.progress) progress.push(change.progress);
  });
  await runner.idle();
  await unsubscribe();
  return { document, job: await runner.get(tenantId, job.id), progress };
}

async function search(tenantId: string, userId: string, query: string, topK = 5) {
  // Asked outside the transaction: PGlite has one connection, and the transaction holds it.
  const vectorIndex = await test.database.hasVector();
  return test.database.withTenant(tenantId, async (tx) => {
    const reader = await readerFor(tx, userId);
    if (!reader) throw new Error("not a member");
    return searchPassages(tx, {
      reader,
      query,
      embedder: builtinEmbedder,
      vectorIndex,
      topK,
    });
  });
}

describe("ingestion and retrieval", () => {
  let manual: Awaited<ReturnType<typeof ingest>>;

  beforeAll(async () => {
    manual = await ingest(
      people.acme.tenantId,
      people.acme.creator,
      "federal-register-2020-17221.pdf",
      "application/pdf",
    );
  });

  it("reads a real 15-page PDF page by page, reporting progress, and stores passages with their pages", async () => {
    expect(manual.job.status, manual.job.error ?? "").toBe("succeeded");
    expect(manual.job.result).toMatchObject({ pages: 15 });
    const pages = manual.progress.filter((step) => step.phase === "extracting").map((step) => step.done);
    expect(pages.at(-1)).toBe(15);
    expect(manual.progress.some((step) => step.phase === "embedding")).toBe(true);
    const [document] = await test.database.withTenant(people.acme.tenantId, (tx) =>
      tx.select().from(schema.documents).where(eq(schema.documents.id, manual.document.id)),
    );
    expect(document).toMatchObject({ status: "ready", pages: 15, language: "en", error: null });
    const counted = await test.database.withTenant(people.acme.tenantId, (tx) =>
      tx.execute(sql`select count(*)::int as n, count(distinct page)::int as pages from chunks`),
    );
    const row = (counted as unknown as { rows: { n: number; pages: number }[] }).rows[0];
    expect(row?.n).toBeGreaterThan(15);
    expect(row?.pages).toBeGreaterThanOrEqual(14);
  });

  it("answers questions with the passage on the right page (the cost table is on page 6)", async () => {
    const passages = await search(
      people.acme.tenantId,
      people.acme.creator,
      "How many work-hours does the AOA sensor system test take?",
    );
    expect(passages.length).toBeGreaterThan(0);
    const top = passages[0];
    expect(top?.page).toBe(6);
    expect(top?.text).toContain("40 work-hours");
    expect(top?.quote).toMatch(/AOA sensor system test/);
    expect(top?.document).toBe("federal-register-2020-17221.pdf");
    expect(passages.map((passage) => passage.n)).toEqual(passages.map((_, index) => index + 1));
  });

  it("keeps an upload outside any collection to its uploader (and admins), and every passage to its tenant", async () => {
    const question = "AOA sensor system test work-hours";
    expect(await search(people.acme.tenantId, people.acme.viewer, question)).toEqual([]);
    expect((await search(people.acme.tenantId, people.acme.admin, question)).length).toBeGreaterThan(0);
    expect(await search(people.globex.tenantId, people.globex.admin, question)).toEqual([]);
  });

  it("lets a collection's readers (role or group) find its passages, and nobody else", async () => {
    const legal = await test.database.withTenant(people.acme.tenantId, (tx) =>
      insertCollection(tx, {
        tenantId: people.acme.tenantId,
        name: "Legal",
        description: "",
        access: { groups: [people.acme.legalGroupId] },
        createdBy: people.acme.admin,
      }),
    );
    const handbook = await ingest(
      people.acme.tenantId,
      people.acme.admin,
      "chapter-13-trustee-handbook.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      legal.id,
    );
    expect(handbook.job.status, handbook.job.error ?? "").toBe("succeeded");
    const question = "trustee";
    const byLawyer = await search(people.acme.tenantId, people.acme.lawyer, question);
    expect(byLawyer.length).toBeGreaterThan(0);
    expect(byLawyer.every((passage) => passage.documentId === handbook.document.id)).toBe(true);
    expect(await search(people.acme.tenantId, people.acme.viewer, question)).toEqual([]);
    expect(await search(people.acme.tenantId, people.acme.creator, question)).toEqual(
      (await search(people.acme.tenantId, people.acme.creator, question)).filter(
        (passage) => passage.documentId !== handbook.document.id,
      ),
    );
  });

  it("fails an encrypted PDF with the reason and leaves nothing of it searchable", async () => {
    const locked = await ingest(
      people.acme.tenantId,
      people.acme.creator,
      "password-example.pdf",
      "application/pdf",
    );
    expect(locked.job.status).toBe("failed");
    expect(locked.job.error).toMatch(/password|encrypt/i);
    const [document] = await test.database.withTenant(people.acme.tenantId, (tx) =>
      tx.select().from(schema.documents).where(eq(schema.documents.id, locked.document.id)),
    );
    expect(document?.status).toBe("failed");
    expect(document?.error).toBe(locked.job.error);
    const chunks = await test.database.withTenant(people.acme.tenantId, (tx) =>
      tx.select().from(schema.chunks).where(eq(schema.chunks.documentId, locked.document.id)),
    );
    expect(chunks).toEqual([]);
  });
});
