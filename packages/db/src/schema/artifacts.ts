import { bigint, index, integer, jsonb, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { conversations } from "./chat.ts";
import { workspaces } from "./identity.ts";
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
    title: text().notNull(),
    filters: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    layout: jsonb().$type<unknown[]>().notNull().default([]),
  },
  (self) => [
    sameTenant(self.tenantId, self.workspaceId, workspaces),
    sameTenant(self.tenantId, self.artifactId, artifacts),
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
