import type { ArtifactView } from "../api/types.ts";
import type { ArtifactRef } from "./artifact-ref.ts";

/** A version as GET /v1/artifacts/:id and /versions return it, with its whole lineage. */
export interface ArtifactDetail extends ArtifactView {
  lineage: {
    conversationId: string | null;
    messageId: string | null;
    runId: string | null;
    toolInvocationId: string | null;
    toolName: string | null;
    parents: string[];
    createdBy: string | null;
  };
}

/** The panel's handle on a version read from the API. */
export const refOf = (artifact: ArtifactDetail): ArtifactRef => ({
  id: artifact.id,
  version: artifact.version,
  kind: artifact.kind,
  title: artifact.title,
  mime: artifact.mime,
  toolName: artifact.lineage.toolName ?? undefined,
});
