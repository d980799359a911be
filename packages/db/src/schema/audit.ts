import { bigint, jsonb, text, uniqueIndex } from "drizzle-orm/pg-core";
import { tenantTable } from "./tenant-table.ts";

export const auditActorTypes = ["user", "api_key", "anonymous", "system"] as const;
export const auditOutcomes = ["success", "failure", "denied"] as const;

/** Append-only, hash-chained record of who did what; `hash` covers `prevHash` and the event. */
export const auditEvents = tenantTable(
  "audit_events",
  {
    seq: bigint({ mode: "number" }).notNull(),
    actorType: text({ enum: auditActorTypes }).notNull(),
    actorId: text(),
    action: text().notNull(),
    target: text(),
    outcome: text({ enum: auditOutcomes }).notNull().default("success"),
    /** Non-secret details (a role name, a key's prefix); secrets never go here. */
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** SHA-256 of the full payload, so a payload kept elsewhere can be checked without storing secrets here. */
    payloadHash: text(),
    ip: text(),
    userAgent: text(),
    requestId: text(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.seq)],
);
