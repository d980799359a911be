import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BlobStore, createFsBlobStore } from "@penny/artifacts";
import { createInProcessEventBus } from "@penny/bus";
import { Database, migrate } from "@penny/db";
import { createJobRunner, type JobRunner } from "@penny/jobs";
import { builtinEmbedder, createIngestionJob } from "@penny/knowledge";
import {
  type KnowledgeTenants,
  seedKnowledgeTenants,
} from "../../packages/knowledge/src/__fixtures__/knowledge-tenants.ts";

/** A migrated database with the knowledge tenants, a blob store and a job runner that ingests documents. */
export interface KnowledgeStack {
  name: string;
  database: Database;
  blobStore: BlobStore;
  runner: JobRunner;
  people: KnowledgeTenants;
  /** Whether pgvector is installed (PGlite always; PostgreSQL only when the server has the extension). */
  vectorIndex: boolean;
  close(): Promise<void>;
}

/** Opens PGlite in a temporary folder (no url) or the PostgreSQL database at `url`, migrated and seeded. */
export async function openKnowledgeStack(name: string, url?: string): Promise<KnowledgeStack> {
  const folder = await mkdtemp(path.join(tmpdir(), "penny-bench-knowledge-"));
  const database = await Database.open(url ? { url, poolSize: 4 } : { dataDir: path.join(folder, "pglite") });
  await migrate(database);
  const people = await seedKnowledgeTenants(database);
  const blobStore = createFsBlobStore(path.join(folder, "blobs"));
  const bus = createInProcessEventBus();
  const runner = createJobRunner({ database, bus, progressIntervalMs: 0, log: { error: () => {} } });
  runner.register(createIngestionJob({ database, blobStore, embedder: builtinEmbedder }));
  const vectorIndex = await database.hasVector();
  return {
    name,
    database,
    blobStore,
    runner,
    people,
    vectorIndex,
    async close() {
      await runner.close();
      await bus.close();
      await database.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
