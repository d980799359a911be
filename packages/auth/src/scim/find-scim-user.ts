import { type Database, schema, type Tx } from "@penny/db";
import { eq } from "drizzle-orm";
import { isScimId } from "./scim-id.ts";
import { type ScimUserRecord, selectScimUsers, toScimUserRecord } from "./scim-user-record.ts";

/** The member with user id `userId` in the tenant, or undefined (also for an id that is not a uuid). */
export async function findScimUser(
  database: Database,
  options: { tenantId: string; userId: string },
): Promise<ScimUserRecord | undefined> {
  if (!isScimId(options.userId)) return undefined;
  return database.withTenant(options.tenantId, (tx) => findScimUserIn(tx, options.userId));
}

/** The same, inside a tenant transaction; `forUpdate` locks the membership until the transaction ends. */
export async function findScimUserIn(
  tx: Tx,
  userId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ScimUserRecord | undefined> {
  if (!isScimId(userId)) return undefined;
  const query = selectScimUsers(tx).where(eq(schema.memberships.userId, userId));
  const [row] = await (options.forUpdate ? query.for("update", { of: schema.memberships }) : query);
  return row ? toScimUserRecord(row) : undefined;
}
