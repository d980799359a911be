import { randomUUID } from "node:crypto";
import type { ArtifactDraft, ArtifactReference } from "../tool.ts";

/** A `createArtifact` for tests that keeps every draft it is given and answers with a fresh reference. */
export function createArtifactRecorder() {
  const drafts: ArtifactDraft[] = [];
  const references: ArtifactReference[] = [];
  return {
    drafts,
    references,
    async createArtifact(draft: ArtifactDraft): Promise<ArtifactReference> {
      drafts.push(draft);
      const reference = {
        id: randomUUID(),
        version: 1,
        kind: draft.kind,
        title: draft.title,
        mime: draft.mime,
      };
      references.push(reference);
      return reference;
    },
  };
}
