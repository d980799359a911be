import { schema } from "@penny/db";
import { type Tool, ToolFailedError } from "@penny/tools";
import { and, eq, or, sql } from "drizzle-orm";
import { readableCollection, readerFor } from "../access/reader.ts";
import type { Embedder } from "../embed/embedder.ts";
import { type RetrievedPassage, searchPassages } from "../retrieve/search-passages.ts";

const { collections } = schema;

type SearchDocumentsArgs = {
  query: string;
  collection?: string;
  collections?: string[];
  files?: string[];
  topK?: number;
};

/** What the model and the citation chips read: numbered passages with document, page and the quoted span. */
export interface SearchDocumentsData {
  query: string;
  passages: Omit<RetrievedPassage, "score" | "matchedBy" | "chunkId">[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `search_documents`: hybrid retrieval over the documents the caller may read, optionally in one collection (by name
 * or id) or among given files. The passages come back numbered, so an answer cites them as [1], [2].
 */
export function createSearchDocumentsTool(options: {
  embedder: Embedder;
  /** Whether pgvector is installed (asked once per process). */
  vectorIndex: () => Promise<boolean>;
}): Tool {
  return {
    name: "search_documents",
    description:
      "Search the uploaded documents (PDF, Word, HTML, Markdown, text) for passages about a question. Returns numbered passages with document name, page and a quote; cite them as [1], [2] in the answer.",
    inputSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        query: { type: "string", minLength: 1, maxLength: 500, description: "What to look for, in words" },
        collection: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "Only this knowledge collection (its name or id)",
        },
        collections: {
          type: "array",
          items: { type: "string", format: "uuid" },
          maxItems: 10,
          description: "Only these knowledge collections (their ids)",
        },
        files: {
          type: "array",
          items: { type: "string", format: "uuid" },
          maxItems: 20,
          description: "Only these uploaded files (their ids)",
        },
        topK: { type: "integer", minimum: 1, maximum: 20, default: 5, description: "How many passages" },
      },
      required: ["query"],
    },
    permission: "knowledge:read",
    sideEffect: false,
    approval: "never",
    timeoutMs: 30_000,
    concurrency: 4,
    async execute(raw, context) {
      // The router checked the arguments against inputSchema before this runs.
      const args = raw as unknown as SearchDocumentsArgs;
      if (!context.userId)
        throw new ToolFailedError("Document search needs a signed-in person to check access.");
      const userId = context.userId;
      const vectorIndex = await options.vectorIndex();
      const passages = await context.database.withTenant(context.tenantId, async (tx) => {
        const reader = await readerFor(tx, userId);
        if (!reader) throw new ToolFailedError("You are not an active member of this workspace.");
        let collectionIds: string[] | undefined;
        if (args.collection) {
          const wanted = args.collection.trim();
          const found = await tx
            .select({ id: collections.id })
            .from(collections)
            .where(
              and(
                or(
                  UUID.test(wanted) ? eq(collections.id, wanted) : undefined,
                  sql`lower(${collections.name}) = lower(${wanted})`,
                ),
                readableCollection(reader),
              ),
            );
          if (found.length === 0) {
            const names = await tx
              .select({ name: collections.name })
              .from(collections)
              .where(readableCollection(reader))
              .limit(20);
            throw new ToolFailedError(
              names.length > 0
                ? `No collection "${wanted}" that you can read. Yours: ${names.map((entry) => entry.name).join(", ")}.`
                : `No collection "${wanted}" that you can read; you can read no collection yet.`,
            );
          }
          collectionIds = found.map((entry) => entry.id);
        }
        if (args.collections?.length) collectionIds = [...(collectionIds ?? []), ...args.collections];
        return searchPassages(tx, {
          reader,
          query: args.query,
          embedder: options.embedder,
          vectorIndex,
          collectionIds,
          documentIds: args.files,
          topK: args.topK ?? 5,
        });
      });
      const data: SearchDocumentsData = {
        query: args.query,
        passages: passages.map(
          ({ score: _score, matchedBy: _matchedBy, chunkId: _chunkId, ...passage }) => passage,
        ),
      };
      const documentsFound = new Set(passages.map((passage) => passage.documentId)).size;
      return {
        summary:
          passages.length === 0
            ? `No passage about "${args.query}" in the documents you can read.`
            : `${passages.length} passage${passages.length === 1 ? "" : "s"} from ${documentsFound} document${documentsFound === 1 ? "" : "s"}.`,
        data,
      };
    },
  };
}
