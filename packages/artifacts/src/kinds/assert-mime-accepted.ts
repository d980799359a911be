import { ArtifactMimeUnsupportedError } from "../errors/artifact-mime-unsupported-error.ts";
import { mimeMatches } from "../mime.ts";
import type { ArtifactKindDefinition } from "./artifact-kind-definition.ts";

/** Throws ArtifactMimeUnsupportedError, naming the accepted types, unless the kind takes `mime`. */
export function assertMimeAccepted(definition: Pick<ArtifactKindDefinition, "kind" | "mimes">, mime: string) {
  if (!definition.mimes.some((pattern) => mimeMatches(pattern, mime))) {
    throw new ArtifactMimeUnsupportedError(definition.kind, mime, definition.mimes);
  }
}
