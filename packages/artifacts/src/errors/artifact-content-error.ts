import type { ArtifactKind } from "@penny/db";

/** Content that does not fit its artifact kind (bad bytes, wrong mime, too large); the message says what is wrong. */
export class ArtifactContentError extends Error {
  override readonly name: string = "ArtifactContentError";
  readonly code: string = "PENNY_ARTIFACT_CONTENT_INVALID";
  constructor(
    readonly kind: ArtifactKind,
    message: string,
  ) {
    super(message);
  }
}
