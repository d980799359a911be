import { createHash, randomUUID } from "node:crypto";
import { type Database, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTenantFixture,
  openTemporaryBlobStore,
  type TenantFixture,
} from "./__fixtures__/artifact-fixtures.ts";
import { addArtifactVersion } from "./add-artifact-version.ts";
import type { ArtifactView } from "./artifact-view.ts";
import { createArtifact } from "./create-artifact.ts";
import { ArtifactInputError } from "./errors/artifact-input-error.ts";
import { ArtifactNotFoundError } from "./errors/artifact-not-found-error.ts";
import { ShareLinkNotFoundError } from "./errors/share-link-not-found-error.ts";
import { ShareLinkUnavailableError } from "./errors/share-link-unavailable-error.ts";
import {
  createShareLink,
  listShareLinks,
  resolveShareLink,
  revokeShareLink,
  SHARE_LINK_MAX_SECONDS,
} from "./share-links.ts";

describe("share links", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let blobs: Awaited<ReturnType<typeof openTemporaryBlobStore>>;
  let tenantA: TenantFixture;
  let tenantB: TenantFixture;
  let artifact: ArtifactView;

  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
    blobs = await openTemporaryBlobStore();
    tenantA = await createTenantFixture(database);
    tenantB = await createTenantFixture(database);
    artifact = await createArtifact({
      database,
      blobStore: blobs.blobStore,
      tenantId: tenantA.tenantId,
      kind: "markdown",
      title: "Shared note",
      mime: "text/markdown",
      content: "v1",
      lineage: {},
    });
  });
  afterAll(async () => {
    await testDatabase?.dispose();
    await blobs?.dispose();
  });

  const unavailableCode = (promise: Promise<unknown>) =>
    promise.then(
      () => "resolved",
      (error: unknown) => {
        expect(error).toBeInstanceOf(ShareLinkUnavailableError);
        expect((error as Error).message).toBe("This link is not valid or has expired.");
        return (error as ShareLinkUnavailableError).code;
      },
    );

  it("creates a link whose token resolves without a tenant, and stores only the token's hash", async () => {
    const link = await createShareLink({
      database,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      scope: "public",
      expiresInSeconds: 3600,
      createdBy: tenantA.userId,
    });
    expect(link.urlPath).toBe(`/v1/shared/${link.token}`);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await database.withTenant(tenantA.tenantId, (tx) =>
      tx.select().from(schema.artifactShares).where(eq(schema.artifactShares.id, link.id)),
    );
    expect(row?.tokenHash).toBe(createHash("sha256").update(link.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(link.token);
    expect(row?.expiresAt.getTime()).toBe(link.expiresAt.getTime());

    expect(await resolveShareLink({ database, token: link.token })).toEqual({
      shareId: link.id,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      version: 1,
      scope: "public",
    });
  });

  it("follows the latest version unless the link pins one", async () => {
    const latest = await createShareLink({
      database,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      scope: "tenant",
      expiresInSeconds: 3600,
      createdBy: null,
    });
    const pinned = await createShareLink({
      database,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      version: 1,
      scope: "tenant",
      expiresInSeconds: 3600,
      createdBy: null,
    });
    await addArtifactVersion({
      database,
      blobStore: blobs.blobStore,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      content: "v2",
      lineage: {},
    });
    expect((await resolveShareLink({ database, token: latest.token })).version).toBe(2);
    expect(await resolveShareLink({ database, token: pinned.token })).toMatchObject({
      version: 1,
      scope: "tenant",
    });
  });

  it("stops resolving a revoked link, and says so only in the code", async () => {
    const link = await createShareLink({
      database,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      scope: "public",
      expiresInSeconds: 3600,
      createdBy: tenantA.userId,
    });
    const revoked = await revokeShareLink({ database, tenantId: tenantA.tenantId, shareId: link.id });
    expect(await unavailableCode(resolveShareLink({ database, token: link.token }))).toBe(
      "PENNY_SHARE_LINK_REVOKED",
    );
    const again = await revokeShareLink({ database, tenantId: tenantA.tenantId, shareId: link.id });
    expect(again.revokedAt.getTime()).toBe(revoked.revokedAt.getTime());
    const listed = await listShareLinks({ database, tenantId: tenantA.tenantId, artifactId: artifact.id });
    expect(listed.find((share) => share.id === link.id)).toMatchObject({
      status: "revoked",
      scope: "public",
    });
    expect(JSON.stringify(listed)).not.toContain(link.token);
  });

  it("stops resolving an expired link", async () => {
    const link = await createShareLink({
      database,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      scope: "public",
      expiresInSeconds: 60,
      createdBy: null,
    });
    await database.withTenant(tenantA.tenantId, (tx) =>
      tx
        .update(schema.artifactShares)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(schema.artifactShares.id, link.id)),
    );
    expect(await unavailableCode(resolveShareLink({ database, token: link.token }))).toBe(
      "PENNY_SHARE_LINK_EXPIRED",
    );
    const listed = await listShareLinks({ database, tenantId: tenantA.tenantId, artifactId: artifact.id });
    expect(listed.find((share) => share.id === link.id)?.status).toBe("expired");
  });

  it("answers unknown for tokens it never issued, malformed ones included", async () => {
    const forged = "A".repeat(43);
    expect(await unavailableCode(resolveShareLink({ database, token: forged }))).toBe(
      "PENNY_SHARE_LINK_UNKNOWN",
    );
    expect(await unavailableCode(resolveShareLink({ database, token: "../../x" }))).toBe(
      "PENNY_SHARE_LINK_UNKNOWN",
    );
  });

  it("keeps links inside their tenant: B can neither share, list nor revoke A's", async () => {
    const link = await createShareLink({
      database,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      scope: "tenant",
      expiresInSeconds: 3600,
      createdBy: null,
    });
    await expect(
      createShareLink({
        database,
        tenantId: tenantB.tenantId,
        artifactId: artifact.id,
        scope: "public",
        expiresInSeconds: 3600,
        createdBy: null,
      }),
    ).rejects.toBeInstanceOf(ArtifactNotFoundError);
    expect(await listShareLinks({ database, tenantId: tenantB.tenantId, artifactId: artifact.id })).toEqual(
      [],
    );
    await expect(
      revokeShareLink({ database, tenantId: tenantB.tenantId, shareId: link.id }),
    ).rejects.toBeInstanceOf(ShareLinkNotFoundError);
    expect((await resolveShareLink({ database, token: link.token })).tenantId).toBe(tenantA.tenantId);
  });

  it("refuses lifetimes over 90 days, versions that do not exist and unknown artifacts", async () => {
    const base = {
      database,
      tenantId: tenantA.tenantId,
      artifactId: artifact.id,
      scope: "public" as const,
      createdBy: null,
    };
    await expect(
      createShareLink({ ...base, expiresInSeconds: SHARE_LINK_MAX_SECONDS + 1 }),
    ).rejects.toBeInstanceOf(ArtifactInputError);
    await expect(createShareLink({ ...base, expiresInSeconds: 3600, version: 99 })).rejects.toMatchObject({
      code: "PENNY_ARTIFACT_NOT_FOUND",
      version: 99,
    });
    await expect(
      createShareLink({ ...base, artifactId: randomUUID(), expiresInSeconds: 3600 }),
    ).rejects.toBeInstanceOf(ArtifactNotFoundError);
    const longest = await createShareLink({ ...base, expiresInSeconds: SHARE_LINK_MAX_SECONDS });
    expect(longest.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
