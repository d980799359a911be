import { randomUUID } from "node:crypto";
import type { BlobStore } from "@penny/artifacts";
import { type Database, schema } from "@penny/db";

/** A tenant with a workspace; returns both ids. */
export async function createTenantWithWorkspace(
  database: Database,
): Promise<{ tenantId: string; workspaceId: string }> {
  return database.withPlatform(async (tx) => {
    const [tenant] = await tx
      .insert(schema.tenants)
      .values({ slug: `ds-${randomUUID().slice(0, 8)}`, name: "Datasource tenant" })
      .returning();
    if (!tenant) throw new Error("no tenant row returned");
    const [workspace] = await tx
      .insert(schema.workspaces)
      .values({ tenantId: tenant.id, slug: "general", name: "General", isDefault: true })
      .returning();
    if (!workspace) throw new Error("no workspace row returned");
    return { tenantId: tenant.id, workspaceId: workspace.id };
  });
}

/** Stores `bytes` in the blob store and a `documents` row for them, as an upload does; returns the file id. */
export async function storeUploadedFile(
  database: Database,
  blobStore: BlobStore,
  input: { tenantId: string; workspaceId: string; name: string; mime: string; bytes: Uint8Array },
): Promise<string> {
  const { hash, size } = await blobStore.put(input.bytes);
  return database.withTenant(input.tenantId, async (tx) => {
    const [row] = await tx
      .insert(schema.documents)
      .values({
        tenantId: input.tenantId,
        workspaceId: input.workspaceId,
        name: input.name,
        mime: input.mime,
        sizeBytes: size,
        contentHash: hash,
        blobKey: hash,
      })
      .returning({ id: schema.documents.id });
    if (!row) throw new Error("no document row returned");
    return row.id;
  });
}
