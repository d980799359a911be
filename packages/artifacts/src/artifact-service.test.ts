import { randomUUID } from "node:crypto";
import { type Database, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTenantFixture,
  openTemporaryBlobStore,
  type TenantFixture,
} from "./__fixtures__/artifact-fixtures.ts";
import { barChartSpec, pngBytes } from "./__fixtures__/sample-content.ts";
import { addArtifactVersion } from "./add-artifact-version.ts";
import { artifactViewSchema } from "./artifact-view.ts";
import type { BlobStore } from "./blob-store.ts";
import { createArtifact } from "./create-artifact.ts";
import { ArtifactContentError } from "./errors/artifact-content-error.ts";
import { ArtifactCursorInvalidError } from "./errors/artifact-cursor-invalid-error.ts";
import { ArtifactInputError } from "./errors/artifact-input-error.ts";
import { ArtifactMimeUnsupportedError } from "./errors/artifact-mime-unsupported-error.ts";
import { ArtifactNotFoundError } from "./errors/artifact-not-found-error.ts";
import { ArtifactReferenceError } from "./errors/artifact-reference-error.ts";
import { getArtifact } from "./get-artifact.ts";
import { listArtifactVersions } from "./list-artifact-versions.ts";
import { listArtifacts } from "./list-artifacts.ts";
import { readArtifactContent } from "./read-artifact-content.ts";

const NOTES = "# Q1\n\nUmsatz gewachsen: 12 % über Plan.";

describe("artifact service", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let blobs: Awaited<ReturnType<typeof openTemporaryBlobStore>>;
  let blobStore: BlobStore;
  let tenantA: TenantFixture;
  let tenantB: TenantFixture;

  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
    blobs = await openTemporaryBlobStore();
    blobStore = blobs.blobStore;
    tenantA = await createTenantFixture(database);
    tenantB = await createTenantFixture(database);
  });
  afterAll(async () => {
    await testDatabase?.dispose();
    await blobs?.dispose();
  });

  const countRows = async (tenantId: string) => {
    const artifacts = await database.withTenant(tenantId, (tx) =>
      tx.select({ id: schema.artifacts.id }).from(schema.artifacts),
    );
    const versions = await database.withTenant(tenantId, (tx) =>
      tx.select({ id: schema.artifactVersions.id }).from(schema.artifactVersions),
    );
    return { artifacts: artifacts.length, versions: versions.length };
  };

  it("creates an artifact in the default workspace and reads its content back", async () => {
    const created = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      conversationId: tenantA.conversationId,
      kind: "markdown",
      title: "  Quarterly notes ",
      mime: "text/markdown; charset=utf-8",
      content: NOTES,
      lineage: { toolName: "write_report", toolInvocationId: "call_1" },
    });
    expect(artifactViewSchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      version: 1,
      kind: "markdown",
      mime: "text/markdown",
      title: "Quarterly notes",
      size: new TextEncoder().encode(NOTES).byteLength,
      lineage: {
        conversationId: tenantA.conversationId,
        toolName: "write_report",
        toolInvocationId: "call_1",
        messageId: null,
        runId: null,
        parents: [],
        createdBy: null,
      },
    });
    const [row] = await database.withTenant(tenantA.tenantId, (tx) =>
      tx.select().from(schema.artifacts).where(eq(schema.artifacts.id, created.id)),
    );
    expect(row?.workspaceId).toBe(tenantA.defaultWorkspaceId);
    expect(row?.conversationId).toBe(tenantA.conversationId);

    const content = await readArtifactContent({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      artifactId: created.id,
    });
    expect(new TextDecoder().decode(content.bytes)).toBe(NOTES);
    expect(content).toMatchObject({
      mime: "text/markdown",
      version: 1,
      contentHash: created.contentHash,
      untrustedMarkup: false,
    });
    expect(await blobStore.has(created.contentHash)).toBe(true);
  });

  it("files an artifact in a named workspace and refuses a workspace of another tenant", async () => {
    const created = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      workspaceId: tenantA.otherWorkspaceId,
      kind: "image",
      title: "Logo",
      mime: "image/png",
      content: pngBytes,
      lineage: {},
    });
    const [row] = await database.withTenant(tenantA.tenantId, (tx) =>
      tx.select().from(schema.artifacts).where(eq(schema.artifacts.id, created.id)),
    );
    expect(row?.workspaceId).toBe(tenantA.otherWorkspaceId);
    await expect(
      createArtifact({
        database,
        blobStore,
        tenantId: tenantA.tenantId,
        workspaceId: tenantB.defaultWorkspaceId,
        kind: "markdown",
        title: "Misfiled",
        mime: "text/markdown",
        content: "x",
        lineage: {},
      }),
    ).rejects.toBeInstanceOf(ArtifactReferenceError);
  });

  it("adds versions, keeps every version's content and lists them oldest first", async () => {
    const created = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      kind: "table",
      title: "Pipeline",
      mime: "text/csv",
      content: "stage,count\nlead,10\n",
      lineage: {},
    });
    const second = await addArtifactVersion({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      artifactId: created.id,
      content: "stage,count\nlead,12\nwon,3\n",
      title: "Pipeline (updated)",
      lineage: { parents: [created.id], runId: randomUUID() },
    });
    expect(second).toMatchObject({
      id: created.id,
      version: 2,
      mime: "text/csv",
      title: "Pipeline (updated)",
    });
    expect(second.lineage.parents).toEqual([created.id]);
    expect(second.lineage.createdBy).toBeNull();
    expect(second.contentHash).not.toBe(created.contentHash);

    const versions = await listArtifactVersions({
      database,
      tenantId: tenantA.tenantId,
      artifactId: created.id,
    });
    expect(versions.map((version) => version.version)).toEqual([1, 2]);
    const first = await readArtifactContent({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      artifactId: created.id,
      version: 1,
    });
    expect(new TextDecoder().decode(first.bytes)).toBe("stage,count\nlead,10\n");
    const latest = await getArtifact({ database, tenantId: tenantA.tenantId, artifactId: created.id });
    expect(latest.version).toBe(2);
    await expect(
      getArtifact({ database, tenantId: tenantA.tenantId, artifactId: created.id, version: 3 }),
    ).rejects.toMatchObject({ code: "PENNY_ARTIFACT_NOT_FOUND", version: 3 });
  });

  it("validates a new version against the artifact's kind and writes nothing when it fails", async () => {
    const created = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      kind: "table",
      title: "Strict table",
      mime: "text/csv",
      content: "a,b\n1,2\n",
      lineage: {},
    });
    await expect(
      addArtifactVersion({
        database,
        blobStore,
        tenantId: tenantA.tenantId,
        artifactId: created.id,
        content: "a,b\n1\n",
        lineage: {},
      }),
    ).rejects.toBeInstanceOf(ArtifactContentError);
    await expect(
      addArtifactVersion({
        database,
        blobStore,
        tenantId: tenantA.tenantId,
        artifactId: created.id,
        mime: "text/markdown",
        content: "# not a table",
        lineage: {},
      }),
    ).rejects.toBeInstanceOf(ArtifactMimeUnsupportedError);
    expect(
      (await getArtifact({ database, tenantId: tenantA.tenantId, artifactId: created.id })).version,
    ).toBe(1);
  });

  it("refuses a chart that does not compile and writes no row and no blob", async () => {
    const before = await countRows(tenantA.tenantId);
    const badSpec = JSON.stringify({ data: { values: [{ a: 1 }] }, encoding: { x: { field: "a" } } });
    const error = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      kind: "chart",
      title: "Broken chart",
      mime: "application/vnd.vegalite+json",
      content: badSpec,
      lineage: {},
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArtifactContentError);
    expect((error as ArtifactContentError).code).toBe("PENNY_ARTIFACT_CONTENT_INVALID");
    expect((error as Error).message).toMatch(/does not compile: Invalid specification/);
    expect(await countRows(tenantA.tenantId)).toEqual(before);
    const { blobKeyOf } = await import("./blob-key.ts");
    expect(await blobStore.has(blobKeyOf(new TextEncoder().encode(badSpec)))).toBe(false);

    const good = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      kind: "chart",
      title: "Revenue",
      mime: "application/vnd.vegalite+json",
      content: JSON.stringify(barChartSpec),
      lineage: {},
    });
    expect(good.kind).toBe("chart");
  });

  it("refuses parents that are not artifacts of the same tenant", async () => {
    const foreign = await createArtifact({
      database,
      blobStore,
      tenantId: tenantB.tenantId,
      kind: "markdown",
      title: "B's note",
      mime: "text/markdown",
      content: "secret",
      lineage: {},
    });
    const before = await countRows(tenantA.tenantId);
    const error = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      kind: "markdown",
      title: "Derived",
      mime: "text/markdown",
      content: "derived",
      lineage: { parents: [foreign.id] },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArtifactReferenceError);
    expect((error as ArtifactReferenceError).ids).toEqual([foreign.id]);
    expect(await countRows(tenantA.tenantId)).toEqual(before);
  });

  it("does not let tenant B see, read, list or extend tenant A's artifact", async () => {
    const secret = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      kind: "code",
      title: "A's code",
      mime: "text/x-python",
      content: "API_KEY = 'a'",
      lineage: {},
    });
    const asB = { database, tenantId: tenantB.tenantId, artifactId: secret.id };
    await expect(getArtifact(asB)).rejects.toBeInstanceOf(ArtifactNotFoundError);
    await expect(readArtifactContent({ ...asB, blobStore })).rejects.toBeInstanceOf(ArtifactNotFoundError);
    await expect(listArtifactVersions(asB)).rejects.toBeInstanceOf(ArtifactNotFoundError);
    await expect(
      addArtifactVersion({ ...asB, blobStore, content: "API_KEY = 'b'", lineage: {} }),
    ).rejects.toBeInstanceOf(ArtifactNotFoundError);
    const listed = await listArtifacts({ database, tenantId: tenantB.tenantId, limit: 200 });
    expect(listed.artifacts.map((artifact) => artifact.id)).not.toContain(secret.id);
    expect((await getArtifact({ ...asB, tenantId: tenantA.tenantId })).version).toBe(1);
  });

  it("answers not found for ids that are not uuids", async () => {
    await expect(
      getArtifact({ database, tenantId: tenantA.tenantId, artifactId: "../etc" }),
    ).rejects.toBeInstanceOf(ArtifactNotFoundError);
  });

  it("gives concurrent additions distinct, consecutive version numbers", async () => {
    const created = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      kind: "markdown",
      title: "Busy",
      mime: "text/markdown",
      content: "v1",
      lineage: {},
    });
    const added = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        addArtifactVersion({
          database,
          blobStore,
          tenantId: tenantA.tenantId,
          artifactId: created.id,
          content: `v${index + 2}`,
          lineage: {},
        }),
      ),
    );
    expect(added.map((view) => view.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
    const versions = await listArtifactVersions({
      database,
      tenantId: tenantA.tenantId,
      artifactId: created.id,
    });
    expect(versions.map((version) => version.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(
      (await getArtifact({ database, tenantId: tenantA.tenantId, artifactId: created.id })).version,
    ).toBe(7);
  });

  it("pages through artifacts newest first with filters, each artifact once", async () => {
    const tenant = await createTenantFixture(database);
    const made: string[] = [];
    for (let index = 0; index < 7; index++) {
      const artifact = await createArtifact({
        database,
        blobStore,
        tenantId: tenant.tenantId,
        conversationId: index % 2 === 0 ? tenant.conversationId : undefined,
        kind: index < 5 ? "markdown" : "code",
        title: `Artifact ${index}`,
        mime: index < 5 ? "text/markdown" : "text/plain",
        content: `content ${index}`,
        lineage: {},
      });
      made.push(artifact.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listArtifacts({ database, tenantId: tenant.tenantId, limit: 3, cursor });
      seen.push(...page.artifacts.map((artifact) => artifact.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...made].reverse());

    const inConversation = await listArtifacts({
      database,
      tenantId: tenant.tenantId,
      conversationId: tenant.conversationId,
      limit: 50,
    });
    expect(inConversation.artifacts.map((artifact) => artifact.title)).toEqual([
      "Artifact 6",
      "Artifact 4",
      "Artifact 2",
      "Artifact 0",
    ]);
    const code = await listArtifacts({ database, tenantId: tenant.tenantId, kind: "code", limit: 50 });
    expect(code.artifacts.map((artifact) => artifact.title)).toEqual(["Artifact 6", "Artifact 5"]);
    expect(code.nextCursor).toBeNull();
  });

  it("refuses forged cursors and bad arguments with coded errors", async () => {
    await expect(
      listArtifacts({ database, tenantId: tenantA.tenantId, limit: 10, cursor: "not-a-cursor" }),
    ).rejects.toBeInstanceOf(ArtifactCursorInvalidError);
    await expect(listArtifacts({ database, tenantId: tenantA.tenantId, limit: 0 })).rejects.toBeInstanceOf(
      ArtifactInputError,
    );
    const error = await createArtifact({
      database,
      blobStore,
      tenantId: tenantA.tenantId,
      kind: "spreadsheet" as "table",
      title: "",
      mime: "text/csv",
      content: "a\n",
      lineage: {},
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArtifactInputError);
    expect((error as Error).message).toMatch(/kind/);
    expect((error as Error).message).toMatch(/title/);
  });
});
