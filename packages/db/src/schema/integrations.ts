import { boolean, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { credentials } from "./extensions.ts";
import { users } from "./platform.ts";
import { sameTenant, tenantTable } from "./tenant-table.ts";

/**
 * An integration (Jira, Slack …) a tenant connected: its non-secret settings and a reference to its sealed secret
 * in `credentials`. One connection per integration and tenant. The last test's outcome is kept for the admin view.
 */
export const integrationConnections = tenantTable(
  "integration_connections",
  {
    /** The integration's id in the registry, e.g. "jira". */
    integrationId: text().notNull(),
    /** Settings the integration's config schema accepted (site URL, account email); never a secret. */
    config: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    credentialId: uuid().notNull(),
    lastTestedAt: timestamp({ withTimezone: true }),
    lastTestOk: boolean(),
    lastTestMessage: text(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [
    uniqueIndex().on(self.tenantId, self.integrationId),
    sameTenant(self.tenantId, self.credentialId, credentials),
  ],
);
