import { type Database, InvalidTenantIdError, schema } from "@penny/db";
import { and, asc, eq, gt, or } from "drizzle-orm";
import { z } from "zod";
import { type AuditEvent, auditEventHash, GENESIS_HASH } from "./audit-hash.ts";

/** The first event at which a chain stops verifying, and why, in words a person reading a report understands. */
export interface AuditChainBreak {
  seq: number;
  eventId: string;
  reason: string;
}

/**
 * The result of verifying one tenant's chain. `count` is the number of events that verified (all of them, or
 * those before the break). `lastHash` is the head of an intact chain (null when there are no events): keep it
 * somewhere else to detect a later truncation, which the chain alone cannot show.
 */
export type AuditChainReport =
  | { ok: true; count: number; lastHash: string | null }
  | { ok: false; count: number; broken: AuditChainBreak };

const { auditEvents } = schema;

/**
 * Reads a tenant's events in seq order, a page at a time (each page its own short platform transaction), and
 * checks each one: seq follows the previous without gap or repeat, `prev_hash` is the previous event's hash, and
 * `hash` matches the event's contents. Stops at the first event that fails.
 */
export async function verifyAuditChain(
  database: Database,
  tenantId: string,
  options: { pageSize?: number } = {},
): Promise<AuditChainReport> {
  if (!z.guid().safeParse(tenantId).success) throw new InvalidTenantIdError(tenantId);
  const pageSize = options.pageSize ?? 1000;
  let previous: AuditEvent | undefined;
  let count = 0;
  for (;;) {
    const after = previous;
    const page = await database.withPlatform((tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.tenantId, tenantId),
            // Keyset on (seq, id) rather than seq alone, so even a tampered table with a repeated seq pages cleanly.
            after &&
              or(
                gt(auditEvents.seq, after.seq),
                and(eq(auditEvents.seq, after.seq), gt(auditEvents.id, after.id)),
              ),
          ),
        )
        .orderBy(asc(auditEvents.seq), asc(auditEvents.id))
        .limit(pageSize),
    );
    for (const event of page) {
      const reason = findBreak(event, previous);
      if (reason) return { ok: false, count, broken: { seq: event.seq, eventId: event.id, reason } };
      count += 1;
      previous = event;
    }
    if (page.length < pageSize) return { ok: true, count, lastHash: previous?.hash ?? null };
  }
}

/** Why `event` does not continue the chain after `previous`, or undefined when it does. */
function findBreak(event: AuditEvent, previous: AuditEvent | undefined): string | undefined {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (event.seq > expectedSeq) return describeGap(expectedSeq, event.seq, previous);
  if (event.seq < expectedSeq) {
    return previous ? `seq ${event.seq} appears twice` : `the chain starts at seq ${event.seq} instead of 1`;
  }
  if (event.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
    return previous
      ? `prev_hash does not link to event ${previous.seq}`
      : "prev_hash of the first event is not the genesis value (64 zeros)";
  }
  if (auditEventHash(event.prevHash, event) !== event.hash) return "hash does not match the event's contents";
  return undefined;
}

function describeGap(firstMissing: number, found: number, previous: AuditEvent | undefined): string {
  const lastMissing = found - 1;
  const missing =
    firstMissing === lastMissing
      ? `seq ${firstMissing} is missing`
      : `seqs ${firstMissing}–${lastMissing} are missing`;
  return previous
    ? `${missing} (events ${previous.seq} → ${found})`
    : `${missing} (the chain starts at event ${found})`;
}
