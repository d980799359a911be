import { type Database, schema } from "@penny/db";
import { asc, count } from "drizzle-orm";
import { parseScimFilter } from "./scim-filter.ts";
import { type ScimFilterAttribute, scimFilterToSql } from "./scim-filter-sql.ts";
import { groupMembersOf, type ScimGroupRecord, scimGroupColumns } from "./scim-group-record.ts";
import type { ScimPage } from "./scim-list.ts";

const { groups } = schema;

/** What a Groups filter may name, and where each is stored. */
const groupFilterAttributes: Record<string, ScimFilterAttribute> = {
  id: { type: "id", column: groups.id },
  displayname: { type: "string", column: groups.name },
  externalid: { type: "string", column: groups.externalId, caseExact: true },
  "meta.created": { type: "dateTime", column: groups.createdAt },
  "meta.lastmodified": { type: "dateTime", column: groups.createdAt },
};

/** One page of the tenant's groups matching `filter`, oldest first, with their members unless left out. */
export async function listScimGroups(
  database: Database,
  options: { tenantId: string; filter?: string; page: ScimPage; includeMembers: boolean },
): Promise<{ totalResults: number; records: ScimGroupRecord[] }> {
  const where = options.filter
    ? scimFilterToSql(parseScimFilter(options.filter), groupFilterAttributes)
    : undefined;
  return database.withTenant(options.tenantId, async (tx) => {
    const [total] = await tx.select({ n: count() }).from(groups).where(where);
    const rows =
      options.page.count === 0
        ? []
        : await tx
            .select(scimGroupColumns)
            .from(groups)
            .where(where)
            .orderBy(asc(groups.createdAt), asc(groups.id))
            .limit(options.page.count)
            .offset(options.page.startIndex - 1);
    const members = options.includeMembers
      ? await groupMembersOf(
          tx,
          rows.map((row) => row.id),
        )
      : undefined;
    return {
      totalResults: total?.n ?? 0,
      records: rows.map((row) => ({ ...row, members: members?.get(row.id) })),
    };
  });
}
