import { bigint, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { conversations } from "./chat.ts";
import { workspaces } from "./identity.ts";
import { users } from "./platform.ts";
import { sameTenant, tenantTable } from "./tenant-table.ts";

/** The kinds of artifact Penny shows; renderers and exporters register one folder per kind. */
export const artifactKinds = [
  "markdown",
  "table",
  "chart",
  "diagram",
  "code",
  "image",
  "document",
  "notebook",
  "3d",
  "dashboard",
] as const;
export type ArtifactKind = (typeof artifactKinds)[number];

export const artifacts = tenantTable(
  "artifacts",
  {
    workspaceId: uuid().notNull(),
    conversationId: uuid(),
    kind: text({ enum: artifactKinds }).notNull(),
    title: text().notNull(),
    latestVersion: integer().notNull().default(1),
  },
  (self) => [
    sameTenant(self.tenantId, self.workspaceId, workspaces),
    sameTenant(self.tenantId, self.conversationId, conversations),
    index().on(self.tenantId, self.conversationId),
  ],
);

/** An immutable version of an artifact; the content lives in the content-addressed blob store. */
export const artifactVersions = tenantTable(
  "artifact_versions",
  {
    artifactId: uuid().notNull(),
    version: integer().notNull(),
    mime: text().notNull(),
    contentHash: text().notNull(),
    sizeBytes: bigint({ mode: "number" }).notNull(),
    /** Which run, tool and message made it, and from which parent artifacts. */
    lineage: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (self) => [
    sameTenant(self.tenantId, self.artifactId, artifacts),
    uniqueIndex().on(self.tenantId, self.artifactId, self.version),
  ],
);

export const dashboards = tenantTable(
  "dashboards",
  {
    workspaceId: uuid().notNull(),
    artifactId: uuid(),
    /** A stable name for built-in dashboards (`company-health`, …); null for ones people make. */
    slug: text(),
    title: text().notNull(),
    filters: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    layout: jsonb().$type<unknown[]>().notNull().default([]),
  },
  (self) => [
    sameTenant(self.tenantId, self.workspaceId, workspaces),
    sameTenant(self.tenantId, self.artifactId, artifacts),
    uniqueIndex().on(self.tenantId, self.slug),
  ],
);

export const widgets = tenantTable(
  "widgets",
  {
    dashboardId: uuid().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    position: jsonb().$type<{ x: number; y: number; w: number; h: number }>().notNull(),
    config: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (self) => [sameTenant(self.tenantId, self.dashboardId, dashboards)],
);

/** A link to an artifact: inside the tenant (members only) or public; expiring and revocable. Only the hash is kept. */
export const artifactShares = tenantTable(
  "artifact_shares",
  {
    artifactId: uuid().notNull(),
    /** Null: always the latest version. */
    version: integer(),
    scope: text({ enum: ["tenant", "public"] }).notNull(),
    tokenHash: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (self) => [sameTenant(self.tenantId, self.artifactId, artifacts), uniqueIndex().on(self.tokenHash)],
);

/** A person's own arrangement of a dashboard's widgets. */
export const dashboardLayouts = tenantTable(
  "dashboard_layouts",
  {
    dashboardId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    layout: jsonb().$type<unknown[]>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (self) => [
    sameTenant(self.tenantId, self.dashboardId, dashboards),
    uniqueIndex().on(self.tenantId, self.dashboardId, self.userId),
  ],
);
