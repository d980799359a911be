import { schema, type Tx } from "@penny/db";
import { and, eq, inArray } from "drizzle-orm";
import { ArtifactReferenceError } from "./errors/artifact-reference-error.ts";

/** The workspace to file an artifact in: the one named (if it is the tenant's) or the tenant's default. */
export async function resolveWorkspaceId(
  tx: Tx,
  tenantId: string,
  workspaceId: string | undefined,
): Promise<string> {
  const { workspaces } = schema;
  const [workspace] = await tx
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(
      and(
        eq(workspaces.tenantId, tenantId),
        workspaceId === undefined ? eq(workspaces.isDefault, true) : eq(workspaces.id, workspaceId),
      ),
    )
    .limit(1);
  if (!workspace)
    throw new ArtifactReferenceError("workspace", workspaceId === undefined ? [] : [workspaceId]);
  return workspace.id;
}

/** Throws ArtifactReferenceError unless the conversation exists in this tenant. */
export async function assertConversationExists(
  tx: Tx,
  tenantId: string,
  conversationId: string,
): Promise<void> {
  const { conversations } = schema;
  const [conversation] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
  if (!conversation) throw new ArtifactReferenceError("conversation", [conversationId]);
}

/** Throws ArtifactReferenceError, naming the missing ids, unless every parent is an artifact of this tenant. */
export async function assertParentsExist(
  tx: Tx,
  tenantId: string,
  parents: readonly string[],
): Promise<void> {
  if (parents.length === 0) return;
  const { artifacts } = schema;
  const found = await tx
    .select({ id: artifacts.id })
    .from(artifacts)
    .where(and(eq(artifacts.tenantId, tenantId), inArray(artifacts.id, [...parents])));
  const known = new Set(found.map((row) => row.id));
  const missing = parents.filter((id) => !known.has(id));
  if (missing.length > 0) throw new ArtifactReferenceError("parent", missing);
}
