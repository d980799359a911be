import { sql } from "drizzle-orm";
import { boolean, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea.ts";
import { plugins } from "./platform.ts";
import { tenantTable } from "./tenant-table.ts";

/** A plugin from the catalogue enabled for a tenant, with the tenant's configuration. */
export const pluginInstalls = tenantTable(
  "plugin_installs",
  {
    pluginId: uuid()
      .notNull()
      .references(() => plugins.id, { onDelete: "cascade" }),
    enabled: boolean().notNull().default(true),
    config: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.pluginId)],
);

/** A tool available to a tenant's assistant, built in or contributed by a plugin, integration or MCP server. */
export const tools = tenantTable(
  "tools",
  {
    name: text().notNull(),
    source: text({ enum: ["builtin", "plugin", "integration", "mcp"] }).notNull(),
    description: text().notNull().default(""),
    inputSchema: jsonb().$type<Record<string, unknown>>().notNull(),
    requiresApproval: boolean().notNull().default(false),
    enabled: boolean().notNull().default(true),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.name)],
);

/**
 * An encrypted secret (provider key, integration token, connection string). Envelope encryption: the secret is
 * sealed with its own data key (AES-256-GCM) and the data key is sealed with the master key.
 */
export const credentials = tenantTable(
  "credentials",
  {
    name: text().notNull(),
    kind: text().notNull(),
    ciphertext: bytea().notNull(),
    encryptedDataKey: bytea().notNull(),
    keyVersion: text().notNull().default(sql`'1'`),
    rotatedAt: timestamp({ withTimezone: true }),
  },
  (self) => [uniqueIndex().on(self.tenantId, self.name)],
);
