import { bigint, jsonb, text, uniqueIndex } from "drizzle-orm/pg-core";
import { tenantTable } from "./tenant-table.ts";

/** Append-only, hash-chained record of who did what; `hash` covers `prevHash` and the event. */
export const auditEvents = tenantTable(
  "audit_events",
  {
    seq: bigint({ mode: "number" }).notNull(),
    actorType: text({ enum: ["user", "api_key", "system"] }).notNull(),
    actorId: text(),
    action: text().notNull(),
    target: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    requestId: text(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.seq)],
);
