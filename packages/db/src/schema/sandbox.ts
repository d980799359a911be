import { bigint, date, integer, uniqueIndex } from "drizzle-orm/pg-core";
import { tenantTable } from "./tenant-table.ts";

/**
 * Sandbox time a tenant used on one UTC day: one row per tenant and day, grown as Python jobs finish, checked
 * against the tenant's daily budget before a job is queued.
 */
export const sandboxUsage = tenantTable(
  "sandbox_usage",
  {
    day: date({ mode: "string" }).notNull(),
    usedMs: bigint({ mode: "number" }).notNull().default(0),
    jobs: integer().notNull().default(0),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.day)],
);
