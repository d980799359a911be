import { schema, type Tx } from "@penny/db";
import { and, asc, eq, sql } from "drizzle-orm";
import { type Reader, readableCollection } from "../access/reader.ts";
import { CollectionNotFoundError } from "../errors/collection-not-found-error.ts";
import { defaultWorkspaceId } from "../files/document-store.ts";

const { collections, documents } = schema;

/** Who may read a collection: roles and groups; both empty means every member of the tenant. */
export interface CollectionAccess {
  roles?: string[];
  groups?: string[];
}

export interface CollectionView {
  id: string;
  name: string;
  description: string;
  access: CollectionAccess;
  documentCount: number;
  createdAt: Date;
}

const view = {
  id: collections.id,
  name: collections.name,
  description: collections.description,
  access: collections.access,
  createdAt: collections.createdAt,
  documentCount: sql<number>`(select count(*)::int from ${documents} where ${documents.collectionId} = ${collections.id})`,
};

/** Collections the reader may read, by name. */
export async function listReadableCollections(tx: Tx, reader: Reader): Promise<CollectionView[]> {
  return tx.select(view).from(collections).where(readableCollection(reader)).orderBy(asc(collections.name));
}

/** One collection the reader may read, or CollectionNotFoundError. */
export async function findReadableCollection(
  tx: Tx,
  reader: Reader,
  collectionId: string,
): Promise<CollectionView> {
  const [row] = await tx
    .select(view)
    .from(collections)
    .where(and(eq(collections.id, collectionId), readableCollection(reader)));
  if (!row) throw new CollectionNotFoundError(collectionId);
  return row;
}

/** Creates a collection in the tenant's default workspace. */
export async function insertCollection(
  tx: Tx,
  input: {
    tenantId: string;
    name: string;
    description: string;
    access: CollectionAccess;
    createdBy: string | null;
  },
): Promise<CollectionView> {
  const workspaceId = await defaultWorkspaceId(tx, input.tenantId);
  const [row] = await tx
    .insert(collections)
    .values({
      tenantId: input.tenantId,
      workspaceId,
      name: input.name,
      description: input.description,
      access: input.access,
      createdBy: input.createdBy,
    })
    .returning({ id: collections.id });
  return { ...input, id: row?.id as string, documentCount: 0, createdAt: new Date() };
}

/** Changes a collection's name, description or access. */
export async function updateCollection(
  tx: Tx,
  input: { collectionId: string; name?: string; description?: string; access?: CollectionAccess },
): Promise<void> {
  const rows = await tx
    .update(collections)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.access !== undefined ? { access: input.access } : {}),
    })
    .where(eq(collections.id, input.collectionId))
    .returning({ id: collections.id });
  if (rows.length === 0) throw new CollectionNotFoundError(input.collectionId);
}

/** Deletes a collection with its documents, their chunks and vectors. */
export async function deleteCollection(tx: Tx, collectionId: string): Promise<void> {
  const rows = await tx
    .delete(collections)
    .where(eq(collections.id, collectionId))
    .returning({ id: collections.id });
  if (rows.length === 0) throw new CollectionNotFoundError(collectionId);
}
