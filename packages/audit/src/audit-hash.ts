import { createHash } from "node:crypto";
import type { schema } from "@penny/db";
import { canonicalJson } from "./canonical-json.ts";

/** One stored audit event, as the data layer reads it. */
export type AuditEvent = typeof schema.auditEvents.$inferSelect;

/** The `prev_hash` of a tenant's first event: there is nothing before it to link to. */
export const GENESIS_HASH = "0".repeat(64);

/** Every column an event's hash covers: all of them except `id`, `prev_hash` (chained separately) and `hash`. */
export type HashedAuditFields = Omit<AuditEvent, "id" | "prevHash" | "hash">;

/**
 * `sha256(prevHash + canonical JSON of the event)`, hex. Chaining the previous hash in means that changing,
 * removing or reordering any event changes every hash after it, which `verifyAuditChain` detects.
 */
export function auditEventHash(prevHash: string, event: HashedAuditFields): string {
  // Listed field by field on purpose: a column added later must not change the hashes of events already stored.
  const contents = canonicalJson({
    tenantId: event.tenantId,
    seq: event.seq,
    createdAt: event.createdAt.toISOString(),
    actorType: event.actorType,
    actorId: event.actorId,
    action: event.action,
    target: event.target,
    outcome: event.outcome,
    data: event.data,
    payloadHash: event.payloadHash,
    ip: event.ip,
    userAgent: event.userAgent,
    requestId: event.requestId,
  });
  return sha256Hex(prevHash + contents);
}

/** SHA-256 of the canonical JSON of `payload`, hex: lets a payload kept elsewhere be checked against the log. */
export function auditPayloadHash(payload: unknown): string {
  return sha256Hex(canonicalJson(payload));
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
