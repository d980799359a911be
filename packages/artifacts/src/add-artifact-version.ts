import { type Database, schema, type Tx } from "@penny/db";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { artifactLineageInputSchema, completeLineage } from "./artifact-lineage.ts";
import type { ArtifactView } from "./artifact-view.ts";
import type { BlobStore } from "./blob-store.ts";
import { assertParentsExist } from "./check-artifact-references.ts";
import { artifactTitleSchema } from "./create-artifact.ts";
import { ArtifactNotFoundError } from "./errors/artifact-not-found-error.ts";
import type { ArtifactSizeLimits } from "./kinds/validate-artifact-content.ts";
import { parseInput } from "./parse-input.ts";
import { toArtifactView } from "./select-artifact-views.ts";
import { type ArtifactContent, storeArtifactContent } from "./store-artifact-content.ts";

const addArtifactVersionInputSchema = z.object({
  tenantId: z.uuid(),
  artifactId: z.uuid(),
  /** Absent: the same mime as the latest version. */
  mime: z.string().min(1).max(200).optional(),
  content: z.union([z.string(), z.instanceof(Uint8Array)]),
  /** Absent: the title stays. */
  title: artifactTitleSchema.optional(),
  lineage: artifactLineageInputSchema.default({}),
});

export type AddArtifactVersionInput = z.input<typeof addArtifactVersionInputSchema> & {
  database: Database;
  blobStore: BlobStore;
  content: ArtifactContent;
  limits?: ArtifactSizeLimits;
};

const { artifacts, artifactVersions } = schema;

/**
 * Adds version n+1 to an artifact. The artifact row is locked (`FOR UPDATE`) for the transaction, so concurrent
 * additions queue up and each gets its own number. Content is validated against the artifact's kind first.
 */
export async function addArtifactVersion(options: AddArtifactVersionInput): Promise<ArtifactView> {
  const input = parseInput(addArtifactVersionInputSchema, options);
  const { tenantId, artifactId } = input;
  // Validation needs the kind (fixed for life) and, without a mime, the latest one; the content is checked
  // against the mime it is stored under, so a concurrent version changing the mime cannot make it invalid.
  const current = await options.database.withTenant(tenantId, (tx) => readHead(tx, tenantId, artifactId));
  const stored = await storeArtifactContent({
    blobStore: options.blobStore,
    kind: current.kind,
    mime: input.mime ?? current.mime,
    content: input.content,
    limits: options.limits,
  });

  return options.database.withTenant(tenantId, async (tx) => {
    const head = await lockArtifact(tx, tenantId, artifactId);
    const lineage = completeLineage({ conversationId: head.conversationId ?? undefined, ...input.lineage });
    await assertParentsExist(tx, tenantId, lineage.parents);
    const next = head.latestVersion + 1;
    const [version] = await tx
      .insert(artifactVersions)
      .values({ tenantId, artifactId, version: next, ...stored, lineage })
      .returning();
    if (!version) throw new Error("Inserting an artifact version returned no row");
    const [artifact] = await tx
      .update(artifacts)
      .set({ latestVersion: next, ...(input.title === undefined ? {} : { title: input.title }) })
      .where(and(eq(artifacts.tenantId, tenantId), eq(artifacts.id, artifactId)))
      .returning();
    if (!artifact) throw new ArtifactNotFoundError(artifactId);
    return toArtifactView({ ...artifact, ...version, id: artifact.id, versionCreatedAt: version.createdAt });
  });
}

/** The artifact with its latest version's mime, read before validating. */
async function readHead(tx: Tx, tenantId: string, artifactId: string) {
  const [head] = await tx
    .select({ kind: artifacts.kind, mime: artifactVersions.mime })
    .from(artifacts)
    .innerJoin(
      artifactVersions,
      and(
        eq(artifactVersions.tenantId, artifacts.tenantId),
        eq(artifactVersions.artifactId, artifacts.id),
        eq(artifactVersions.version, artifacts.latestVersion),
      ),
    )
    .where(and(eq(artifacts.tenantId, tenantId), eq(artifacts.id, artifactId)));
  if (!head) throw new ArtifactNotFoundError(artifactId);
  return head;
}

/**
 * Locks the artifact row until the transaction ends, so concurrent additions queue here and each reads the
 * number its predecessor wrote. Only the artifact table is read: PostgreSQL re-checks a locked row's conditions
 * after waiting, and a join on the old latest version would then drop the row.
 */
async function lockArtifact(tx: Tx, tenantId: string, artifactId: string) {
  const [artifact] = await tx
    .select({ conversationId: artifacts.conversationId, latestVersion: artifacts.latestVersion })
    .from(artifacts)
    .where(and(eq(artifacts.tenantId, tenantId), eq(artifacts.id, artifactId)))
    .for("update");
  if (!artifact) throw new ArtifactNotFoundError(artifactId);
  return artifact;
}
