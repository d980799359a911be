/** An artifact version whose blob is not in the blob store: data loss or a misconfigured store, for operators. */
export class ArtifactContentMissingError extends Error {
  override readonly name = "ArtifactContentMissingError";
  readonly code = "PENNY_ARTIFACT_CONTENT_MISSING";
  constructor(
    readonly artifactId: string,
    readonly contentHash: string,
  ) {
    super(`The content ${contentHash} of artifact ${artifactId} is missing from the blob store.`);
  }
}
