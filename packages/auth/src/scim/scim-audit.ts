import type { Tx } from "@penny/db";

/** One change made through SCIM, as the audit log records it (`scim.user.create`, `scim.group.update`, …). */
export interface ScimAuditEvent {
  action: `scim.${"user" | "group"}.${string}`;
  target: string;
  data: Record<string, unknown>;
}

/**
 * Records an event inside the transaction of the change, so it commits with the change or not at all. The route
 * supplies it, adding who called (the SCIM token) and from where.
 */
export type ScimAudit = (tx: Tx, event: ScimAuditEvent) => Promise<void>;
