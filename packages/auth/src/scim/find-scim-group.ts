import { type Database, schema, type Tx } from "@penny/db";
import { eq } from "drizzle-orm";
import { groupMembersOf, type ScimGroupRecord, scimGroupColumns } from "./scim-group-record.ts";
import { isScimId } from "./scim-id.ts";

/** The group `groupId` of the tenant, or undefined (also for an id that is not a uuid). */
export async function findScimGroup(
  database: Database,
  options: { tenantId: string; groupId: string; includeMembers: boolean },
): Promise<ScimGroupRecord | undefined> {
  if (!isScimId(options.groupId)) return undefined;
  return database.withTenant(options.tenantId, (tx) => findScimGroupIn(tx, options.groupId, options));
}

/** The same inside a tenant transaction; `forUpdate` locks the group row until the transaction ends. */
export async function findScimGroupIn(
  tx: Tx,
  groupId: string,
  options: { includeMembers: boolean; forUpdate?: boolean },
): Promise<ScimGroupRecord | undefined> {
  if (!isScimId(groupId)) return undefined;
  const query = tx.select(scimGroupColumns).from(schema.groups).where(eq(schema.groups.id, groupId));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  if (!row) return undefined;
  if (!options.includeMembers) return row;
  return { ...row, members: (await groupMembersOf(tx, [row.id])).get(row.id) };
}
