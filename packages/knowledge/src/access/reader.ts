import { type MemberRole, schema, type Tx } from "@penny/db";
import { and, eq, or, type SQL, sql } from "drizzle-orm";

const { documents, collections, groupMembers, memberships } = schema;

/** Who is reading documents: their role and groups decide which collections they may read. */
export interface Reader {
  userId: string | null;
  role: MemberRole | null;
  groupIds: string[];
  /** Admins and managers (knowledge:manage) read every collection and every upload. */
  readsEverything: boolean;
}

/** The reader for a member of the tenant the transaction is in; null when they are not an active member. */
export async function readerFor(tx: Tx, userId: string): Promise<Reader | null> {
  const [membership] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.status, "active")))
    .limit(1);
  if (!membership) return null;
  const groups = await tx
    .select({ groupId: groupMembers.groupId })
    .from(groupMembers)
    .where(eq(groupMembers.userId, userId));
  return {
    userId,
    role: membership.role,
    groupIds: groups.map((group) => group.groupId),
    readsEverything: membership.role === "admin" || membership.role === "manager",
  };
}

/**
 * The condition a document must meet for `reader`: an upload outside any collection is its uploader's; a document in
 * a collection is readable when the collection names no roles and no groups (open to the tenant), names the reader's
 * role, or names one of the reader's groups. Used by every listing and every search, so none can leak a passage.
 */
export function readableDocument(reader: Reader): SQL {
  if (reader.readsEverything) return sql`true`;
  const own =
    reader.userId === null
      ? sql`false`
      : and(sql`${documents.collectionId} is null`, eq(documents.createdBy, reader.userId));
  const inCollection = sql`exists (select 1 from ${collections} where ${collections.id} = ${documents.collectionId} and ${readableCollection(reader)})`;
  return or(own, inCollection) as SQL;
}

/** The same rule for a collection itself (listing collections, choosing one in the composer). */
export function readableCollection(reader: Reader): SQL {
  if (reader.readsEverything) return sql`true`;
  const roles = sql`coalesce(${collections.access}->'roles', '[]'::jsonb)`;
  const groups = sql`coalesce(${collections.access}->'groups', '[]'::jsonb)`;
  const open = sql`(jsonb_array_length(${roles}) = 0 and jsonb_array_length(${groups}) = 0)`;
  const byRole = reader.role === null ? sql`false` : sql`${roles} ? ${reader.role}`;
  const byGroup =
    reader.groupIds.length === 0
      ? sql`false`
      : sql`${groups} ?| array[${sql.join(
          reader.groupIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::text[]`;
  return sql`(${open} or ${byRole} or ${byGroup})`;
}
