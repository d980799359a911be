import { type Database, schema } from "@penny/db";
import { asc, count, eq, sql } from "drizzle-orm";
import { parseScimFilter } from "./scim-filter.ts";
import { type ScimFilterAttribute, scimFilterToSql } from "./scim-filter-sql.ts";
import type { ScimPage } from "./scim-list.ts";
import { PENNY_USER_EXTENSION } from "./scim-urns.ts";
import { type ScimUserRecord, selectScimUsers, toScimUserRecord } from "./scim-user-record.ts";

const { memberships, users } = schema;

/** What a Users filter may name, and where each is stored. Penny's one address is the `work`, primary email. */
const userFilterAttributes: Record<string, ScimFilterAttribute> = {
  id: { type: "id", column: users.id },
  username: { type: "string", column: users.email },
  emails: { type: "string", column: users.email },
  "emails.value": { type: "string", column: users.email },
  "emails.type": { type: "constant", value: "work" },
  "emails.primary": { type: "constant", value: true },
  externalid: { type: "string", column: memberships.externalId, caseExact: true },
  displayname: { type: "string", column: users.name },
  "name.formatted": { type: "string", column: users.name },
  active: { type: "boolean", whenTrue: sql`${memberships.status} = 'active'` },
  "meta.created": { type: "dateTime", column: memberships.createdAt },
  "meta.lastmodified": { type: "dateTime", column: memberships.createdAt },
  [`${PENNY_USER_EXTENSION.toLowerCase()}:role`]: { type: "string", column: memberships.role },
};

/** One page of the tenant's members matching `filter`, oldest membership first, and how many match in all. */
export async function listScimUsers(
  database: Database,
  options: { tenantId: string; filter?: string; page: ScimPage },
): Promise<{ totalResults: number; records: ScimUserRecord[] }> {
  const where = options.filter
    ? scimFilterToSql(parseScimFilter(options.filter), userFilterAttributes)
    : undefined;
  return database.withTenant(options.tenantId, async (tx) => {
    const [total] = await tx
      .select({ n: count() })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where);
    const rows =
      options.page.count === 0
        ? []
        : await selectScimUsers(tx)
            .where(where)
            .orderBy(asc(memberships.createdAt), asc(users.id))
            .limit(options.page.count)
            .offset(options.page.startIndex - 1);
    return { totalResults: total?.n ?? 0, records: rows.map(toScimUserRecord) };
  });
}
