/** A signed content link that is malformed, altered, or signed for another artifact or version. */
export class ArtifactLinkInvalidError extends Error {
  override readonly name = "ArtifactLinkInvalidError";
  readonly code = "PENNY_ARTIFACT_LINK_INVALID";
  constructor() {
    super("This artifact link is not valid.");
  }
}
