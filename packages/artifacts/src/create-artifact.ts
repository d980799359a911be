import { artifactKinds, type Database, schema } from "@penny/db";
import { z } from "zod";
import { artifactLineageInputSchema, completeLineage } from "./artifact-lineage.ts";
import type { ArtifactView } from "./artifact-view.ts";
import type { BlobStore } from "./blob-store.ts";
import {
  assertConversationExists,
  assertParentsExist,
  resolveWorkspaceId,
} from "./check-artifact-references.ts";
import type { ArtifactSizeLimits } from "./kinds/validate-artifact-content.ts";
import { parseInput } from "./parse-input.ts";
import { toArtifactView } from "./select-artifact-views.ts";
import { type ArtifactContent, storeArtifactContent } from "./store-artifact-content.ts";

export const artifactTitleSchema = z.string().trim().min(1).max(300);

const createArtifactInputSchema = z.object({
  tenantId: z.uuid(),
  workspaceId: z.uuid().optional(),
  conversationId: z.uuid().optional(),
  kind: z.enum(artifactKinds),
  title: artifactTitleSchema,
  mime: z.string().min(1).max(200),
  content: z.union([z.string(), z.instanceof(Uint8Array)]),
  lineage: artifactLineageInputSchema.default({}),
});

export type CreateArtifactInput = z.input<typeof createArtifactInputSchema> & {
  database: Database;
  blobStore: BlobStore;
  content: ArtifactContent;
  limits?: ArtifactSizeLimits;
};

/**
 * Creates an artifact with its first version. The content is validated and stored before any row is written;
 * without a workspace the artifact goes to the tenant's default workspace.
 */
export async function createArtifact(options: CreateArtifactInput): Promise<ArtifactView> {
  const input = parseInput(createArtifactInputSchema, options);
  const stored = await storeArtifactContent({
    blobStore: options.blobStore,
    kind: input.kind,
    mime: input.mime,
    content: input.content,
    limits: options.limits,
  });
  const lineage = completeLineage({ conversationId: input.conversationId, ...input.lineage });

  return options.database.withTenant(input.tenantId, async (tx) => {
    const workspaceId = await resolveWorkspaceId(tx, input.tenantId, input.workspaceId);
    if (input.conversationId) await assertConversationExists(tx, input.tenantId, input.conversationId);
    await assertParentsExist(tx, input.tenantId, lineage.parents);
    const [artifact] = await tx
      .insert(schema.artifacts)
      .values({
        tenantId: input.tenantId,
        workspaceId,
        conversationId: input.conversationId ?? null,
        kind: input.kind,
        title: input.title,
        latestVersion: 1,
      })
      .returning();
    if (!artifact) throw new Error("Inserting an artifact returned no row");
    const [version] = await tx
      .insert(schema.artifactVersions)
      .values({ tenantId: input.tenantId, artifactId: artifact.id, version: 1, ...stored, lineage })
      .returning();
    if (!version) throw new Error("Inserting an artifact version returned no row");
    return toArtifactView({ ...artifact, ...version, id: artifact.id, versionCreatedAt: version.createdAt });
  });
}
