import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, schema } from "@penny/db";
import type { BlobStore } from "../blob-store.ts";
import { createFsBlobStore } from "../fs-blob-store.ts";

export interface TenantFixture {
  tenantId: string;
  defaultWorkspaceId: string;
  otherWorkspaceId: string;
  userId: string;
  conversationId: string;
}

/**
 * A tenant as `createTenant` leaves it (a default workspace "general"), plus a second workspace, a user and a
 * conversation, written through the platform role.
 */
export async function createTenantFixture(database: Database): Promise<TenantFixture> {
  const suffix = randomUUID().slice(0, 8);
  return database.withPlatform(async (tx) => {
    const [tenant] = await tx
      .insert(schema.tenants)
      .values({ slug: `t-${suffix}`, name: `Tenant ${suffix}` })
      .returning();
    if (!tenant) throw new Error("no tenant row returned");
    const [user] = await tx
      .insert(schema.users)
      .values({ email: `u-${suffix}@example.test`, name: "User" })
      .returning();
    if (!user) throw new Error("no user row returned");
    const [general, other] = await tx
      .insert(schema.workspaces)
      .values([
        { tenantId: tenant.id, slug: "general", name: "General", isDefault: true },
        { tenantId: tenant.id, slug: "research", name: "Research" },
      ])
      .returning();
    if (!general || !other) throw new Error("no workspace rows returned");
    const [conversation] = await tx
      .insert(schema.conversations)
      .values({ tenantId: tenant.id, workspaceId: general.id, userId: user.id })
      .returning();
    if (!conversation) throw new Error("no conversation row returned");
    return {
      tenantId: tenant.id,
      defaultWorkspaceId: general.id,
      otherWorkspaceId: other.id,
      userId: user.id,
      conversationId: conversation.id,
    };
  });
}

/** A blob store in a fresh temporary folder, and how to remove it. */
export async function openTemporaryBlobStore(): Promise<{ blobStore: BlobStore; dispose(): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "penny-artifacts-"));
  return { blobStore: createFsBlobStore(root), dispose: () => rm(root, { recursive: true, force: true }) };
}
