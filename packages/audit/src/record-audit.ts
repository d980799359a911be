import { schema, type Tx } from "@penny/db";
import { desc, eq, sql } from "drizzle-orm";
import { type AuditEventInput, auditEventInputSchema } from "./audit-event-input.ts";
import { AuditEventInvalidError } from "./audit-event-invalid-error.ts";
import { type AuditEvent, auditEventHash, auditPayloadHash, GENESIS_HASH } from "./audit-hash.ts";

export type RecordedAuditEvent = AuditEvent;

const { auditEvents } = schema;

/**
 * Appends one event to the tenant's hash chain inside the caller's transaction, so the event commits or rolls back
 * with the change it records. Works as the application role (`withTenant`) and the platform role.
 *
 * Writers of one tenant take turns through a transaction-scoped advisory lock, held until the caller commits:
 * the next writer then reads this event as the last one, so seqs have no gaps or duplicates. This relies on READ
 * COMMITTED (the default): each statement sees what committed before it, including after waiting for the lock.
 */
export async function recordAudit(tx: Tx, input: AuditEventInput): Promise<RecordedAuditEvent> {
  const parsed = auditEventInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AuditEventInvalidError(
      parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "event", message: issue.message })),
    );
  }
  const event = parsed.data;
  const payloadHash = event.payload === undefined ? null : hashPayload(event.payload);

  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`penny:audit:${event.tenantId}`}, 0))`,
  );
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.tenantId, event.tenantId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);

  const fields = {
    tenantId: event.tenantId,
    seq: (last?.seq ?? 0) + 1,
    // Set here rather than by the database's default, because the hash covers it.
    createdAt: new Date(),
    actorType: event.actor.type,
    actorId: event.actor.id ?? null,
    action: event.action,
    target: event.target ?? null,
    outcome: event.outcome,
    data: event.data,
    payloadHash,
    ip: event.ip ?? null,
    userAgent: event.userAgent ?? null,
    requestId: event.requestId ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const [recorded] = await tx
    .insert(auditEvents)
    .values({ ...fields, prevHash, hash: auditEventHash(prevHash, fields) })
    .returning();
  return recorded as RecordedAuditEvent;
}

function hashPayload(payload: unknown): string {
  try {
    return auditPayloadHash(payload);
  } catch (error) {
    throw new AuditEventInvalidError([{ path: "payload", message: (error as Error).message }]);
  }
}
