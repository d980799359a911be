import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { credentials } from "./extensions.ts";
import { workspaces } from "./identity.ts";
import { users } from "./platform.ts";
import { sameTenant, tenantTable } from "./tenant-table.ts";

export const documentStatuses = ["uploaded", "ingesting", "ready", "failed"] as const;
/** Languages the full-text index knows; a chunk's language picks its text-search configuration. */
export const documentLanguages = ["en", "es"] as const;

/** How far an ingestion got: the phase and pages (or sections) done of the total. */
export interface IngestionProgress {
  phase: "queued" | "extracting" | "embedding" | "indexing" | "done" | "failed";
  done: number;
  total: number;
}

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
export const datasourceKinds = [
  "upload",
  "postgres",
  "bigquery",
  "snowflake",
  "google_sheets",
  "s3",
] as const;

/** A group of documents with its own access (roles and groups that may read it). */
export const collections = tenantTable(
  "collections",
  {
    workspaceId: uuid().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    access: jsonb().$type<{ roles?: string[]; groups?: string[] }>().notNull().default({}),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (self) => [
    sameTenant(self.tenantId, self.workspaceId, workspaces),
    uniqueIndex().on(self.tenantId, self.workspaceId, self.name),
  ],
);

export const documents = tenantTable(
  "documents",
  {
    workspaceId: uuid().notNull(),
    collectionId: uuid(),
    name: text().notNull(),
    mime: text().notNull(),
    sizeBytes: bigint({ mode: "number" }).notNull(),
    contentHash: text().notNull(),
    blobKey: text().notNull(),
    status: text({ enum: documentStatuses }).notNull().default("uploaded"),
    pages: integer(),
    error: text(),
    language: text({ enum: documentLanguages }).notNull().default("en"),
    /** Grows by one each time new bytes replace the document's content (re-ingestion). */
    version: integer().notNull().default(1),
    progress: jsonb().$type<IngestionProgress>(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [
    sameTenant(self.tenantId, self.workspaceId, workspaces),
    sameTenant(self.tenantId, self.collectionId, collections),
    index().on(self.tenantId, self.contentHash),
  ],
);

/**
 * A passage of a document. `embedding` is a portable `real[]` so the same schema runs on PostgreSQL without
 * pgvector; where the extension exists, migration 0002 adds an HNSW index over `embedding::vector(256)`.
 */
export const chunks = tenantTable(
  "chunks",
  {
    documentId: uuid().notNull(),
    ordinal: integer().notNull(),
    text: text().notNull(),
    page: integer(),
    heading: text(),
    contentHash: text().notNull(),
    embedding: real().array(),
    embeddingDims: integer(),
    /** The embedder that filled `embedding` (vectors of different embedders are never compared). */
    embedder: text(),
    language: text({ enum: documentLanguages }).notNull().default("en"),
    /** Heading and text, stemmed in the chunk's language, for full-text search. */
    searchVector: tsvector().generatedAlwaysAs(
      sql`to_tsvector(CASE WHEN language = 'es' THEN 'spanish'::regconfig ELSE 'english'::regconfig END, coalesce(heading, '') || ' ' || text)`,
    ),
  },
  (self) => [
    sameTenant(self.tenantId, self.documentId, documents),
    uniqueIndex().on(self.tenantId, self.documentId, self.ordinal),
    index("chunks_search_vector_idx").using("gin", self.searchVector),
  ],
);

/** Which embedder filled which vectors, so vectors of different models are never compared. */
export const vectorIndexes = tenantTable(
  "vector_indexes",
  {
    name: text().notNull(),
    embedder: text().notNull(),
    dimensions: integer().notNull(),
    metric: text({ enum: ["cosine", "l2", "inner_product"] })
      .notNull()
      .default("cosine"),
    status: text({ enum: ["building", "ready"] })
      .notNull()
      .default("building"),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.name)],
);

export const datasources = tenantTable(
  "datasources",
  {
    workspaceId: uuid(),
    name: text().notNull(),
    kind: text({ enum: datasourceKinds }).notNull(),
    config: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    credentialId: uuid(),
    lastTestedAt: timestamp({ withTimezone: true }),
    lastTestOk: boolean(),
    lastTestMessage: text(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [
    sameTenant(self.tenantId, self.workspaceId, workspaces),
    sameTenant(self.tenantId, self.credentialId, credentials),
    uniqueIndex().on(self.tenantId, self.name),
  ],
);
