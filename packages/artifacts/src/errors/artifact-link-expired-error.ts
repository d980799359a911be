/** A correctly signed content link whose time is up. */
export class ArtifactLinkExpiredError extends Error {
  override readonly name = "ArtifactLinkExpiredError";
  readonly code = "PENNY_ARTIFACT_LINK_EXPIRED";
  constructor(readonly expiresAt: Date) {
    super("This artifact link has expired; ask for a new one.");
  }
}
