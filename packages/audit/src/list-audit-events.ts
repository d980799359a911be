import { schema, type Tx } from "@penny/db";
import { and, desc, lt } from "drizzle-orm";
import { z } from "zod";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor.ts";
import { type AuditFilters, auditFilterCondition, auditFiltersSchema } from "./audit-filters.ts";
import type { AuditEvent } from "./audit-hash.ts";

export const AUDIT_PAGE_SIZE_MAX = 200;

/** A list request as a route receives it in its query string: the filters plus `cursor` and `limit`. */
export const auditListQuerySchema = auditFiltersSchema.extend({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_SIZE_MAX).default(50),
});

export interface ListAuditEventsOptions {
  tenantId: string;
  filters?: AuditFilters;
  /** From the previous page's `nextCursor`; absent for the newest events. */
  cursor?: string | undefined;
  /** Events per page, 1 to AUDIT_PAGE_SIZE_MAX (larger values are capped); 50 when absent. */
  limit?: number;
}

export interface AuditEventPage {
  events: AuditEvent[];
  /** Pass back as `cursor` for the next (older) page; null when this page is the last. */
  nextCursor: string | null;
}

const { auditEvents } = schema;

/** One page of a tenant's events, newest (highest seq) first, in the caller's transaction. */
export async function listAuditEvents(tx: Tx, options: ListAuditEventsOptions): Promise<AuditEventPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), AUDIT_PAGE_SIZE_MAX);
  const beforeSeq = options.cursor === undefined ? undefined : decodeAuditCursor(options.cursor);
  // One more than asked tells whether another page follows without a count.
  const rows = await tx
    .select()
    .from(auditEvents)
    .where(
      and(
        auditFilterCondition(options.tenantId, options.filters),
        beforeSeq === undefined ? undefined : lt(auditEvents.seq, beforeSeq),
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(limit + 1);
  const events = rows.slice(0, limit);
  const last = events.at(-1);
  return { events, nextCursor: rows.length > limit && last ? encodeAuditCursor(last.seq) : null };
}
