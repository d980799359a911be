import { ArtifactNotFoundError, type ArtifactView, getArtifact } from "@penny/artifacts";
import { ownedConversationIds } from "@penny/chat";
import type { Database } from "@penny/db";

/**
 * Artifacts made in a conversation are as private as the conversation: only its owner sees them. Artifacts made
 * outside one (uploaded or made by a direct tool call) belong to the tenant's workspace.
 */
export async function visibleArtifacts(
  database: Database,
  input: { tenantId: string; userId: string | null; artifacts: ArtifactView[] },
): Promise<ArtifactView[]> {
  const conversationIds = [
    ...new Set(input.artifacts.map((artifact) => artifact.lineage.conversationId).filter((id) => id != null)),
  ] as string[];
  const owned =
    input.userId === null
      ? new Set<string>()
      : await database.withTenant(input.tenantId, (tx) =>
          ownedConversationIds(tx, { userId: input.userId as string, conversationIds }),
        );
  return input.artifacts.filter(
    (artifact) => artifact.lineage.conversationId == null || owned.has(artifact.lineage.conversationId),
  );
}

/** The artifact if the caller may see it; otherwise the same "not found" an unknown id gets. */
export async function visibleArtifact(
  database: Database,
  input: { tenantId: string; userId: string | null; artifactId: string; version?: number },
): Promise<ArtifactView> {
  const artifact = await getArtifact({ database, ...input });
  const [visible] = await visibleArtifacts(database, { ...input, artifacts: [artifact] });
  if (!visible) {
    throw new ArtifactNotFoundError(input.artifactId, input.version);
  }
  return visible;
}
