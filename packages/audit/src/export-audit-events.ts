import { type Database, schema } from "@penny/db";
import { and, asc, gt } from "drizzle-orm";
import { type AuditFilters, auditFilterCondition } from "./audit-filters.ts";

const { auditEvents } = schema;

/**
 * A tenant's events matching `filters`, oldest first, as JSON Lines: each item is one event as a JSON object
 * followed by "\n", ready to pipe into a response. Every column is included, hashes too, so an export can be
 * checked against the chain. Reads a page at a time, each in its own short `withTenant` transaction; the log is
 * append-only, so paging by seq neither skips nor repeats an event.
 */
export async function* exportAuditEvents(
  database: Database,
  tenantId: string,
  filters: AuditFilters = {},
  options: { pageSize?: number } = {},
): AsyncGenerator<string, void, undefined> {
  const pageSize = options.pageSize ?? 1000;
  let afterSeq = 0;
  for (;;) {
    const page = await database.withTenant(tenantId, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(auditFilterCondition(tenantId, filters), gt(auditEvents.seq, afterSeq)))
        .orderBy(asc(auditEvents.seq))
        .limit(pageSize),
    );
    for (const event of page) yield `${JSON.stringify(event)}\n`;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    afterSeq = last.seq;
  }
}
