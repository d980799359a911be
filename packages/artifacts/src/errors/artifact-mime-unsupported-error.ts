import type { ArtifactKind } from "@penny/db";
import { ArtifactContentError } from "./artifact-content-error.ts";

/** A mime type the artifact kind does not accept; the message lists the ones it does. */
export class ArtifactMimeUnsupportedError extends ArtifactContentError {
  override readonly name = "ArtifactMimeUnsupportedError";
  override readonly code = "PENNY_ARTIFACT_MIME_UNSUPPORTED";
  constructor(
    kind: ArtifactKind,
    readonly mime: string,
    readonly acceptedMimes: readonly string[],
  ) {
    super(kind, `A ${kind} artifact cannot be "${mime}"; accepted: ${acceptedMimes.join(", ")}.`);
  }
}
