import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "./database.ts";
import { DataDirInUseError } from "./errors.ts";
import { migrate } from "./migrate.ts";
import { resultRows } from "./result-rows.ts";
import { buildIsolationFixture, openTestDatabase, type TestDatabase } from "./testing/index.ts";

describe("embedded database folder", () => {
  it("is locked against a second process and keeps its data across restarts", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "penny-pglite-"));
    try {
      const first = await Database.open({ dataDir });
      await migrate(first);
      await first.withPlatform((tx) =>
        tx.execute(sql`insert into tenants (slug, name) values ('kept', 'Kept')`),
      );
      await expect(Database.open({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(Database.open({ dataDir })).rejects.toThrow(/is in use by another Penny process/);
      await first.close();

      const second = await Database.open({ dataDir });
      const rows = await second.withPlatform(async (tx) =>
        resultRows(await tx.execute(sql`select slug from tenants`)),
      );
      expect(rows).toEqual([{ slug: "kept" }]);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("embeddings", () => {
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await openTestDatabase();
  });
  afterAll(async () => testDatabase?.dispose());

  it("detects pgvector and indexes embeddings only where the extension exists", async () => {
    const { database } = testDatabase;
    const available = await database.withSession(async (db) =>
      resultRows(await db.execute(sql`select 1 from pg_available_extensions where name = 'vector'`)),
    );
    expect(await database.hasVector()).toBe(available.length > 0);
    if (database.kind === "pglite") expect(await database.hasVector()).toBe(true);
    const index = await database.withSession(async (db) =>
      resultRows(
        await db.execute(
          sql`select indexdef from pg_indexes where indexname = 'chunks_embedding_256_hnsw_idx'`,
        ),
      ),
    );
    expect(index.length).toBe(available.length > 0 ? 1 : 0);
  });

  it("stores embeddings portably and ranks them by cosine distance where pgvector exists", async () => {
    const { database } = testDatabase;
    const fixture = await buildIsolationFixture(database);
    const documentId = fixture.rows.documents?.a.id as string;
    const unit = (hot: number) => Array.from({ length: 256 }, (_, index) => (index === hot ? 1 : 0));
    await database.withTenant(fixture.tenantA, async (tx) => {
      for (const [ordinal, hot] of [
        [10, 3],
        [11, 7],
      ] as const) {
        await tx.execute(
          sql`insert into chunks (tenant_id, document_id, ordinal, text, content_hash, embedding, embedding_dims) values (${fixture.tenantA}, ${documentId}, ${ordinal}, ${`passage ${hot}`}, ${`h${hot}`}, ${`{${unit(hot).join(",")}}`}::real[], 256)`,
        );
      }
    });
    const stored = await database.withTenant(fixture.tenantA, async (tx) =>
      resultRows<{ dims: number }>(
        await tx.execute(sql`select array_length(embedding, 1) as dims from chunks where ordinal = 11`),
      ),
    );
    expect(stored).toEqual([{ dims: 256 }]);
    if (!(await database.hasVector())) return;
    const query = `[${unit(7).join(",")}]`;
    const ranked = await database.withTenant(fixture.tenantA, async (tx) =>
      resultRows<{ text: string }>(
        await tx.execute(
          sql`select text from chunks where embedding_dims = 256 order by embedding::vector(256) <=> ${query}::vector(256) limit 2`,
        ),
      ),
    );
    expect(ranked.map((row) => row.text)).toEqual(["passage 7", "passage 3"]);
  });
});
