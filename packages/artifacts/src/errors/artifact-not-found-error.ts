/** No such artifact (or version) in this tenant; another tenant's artifact looks exactly the same. */
export class ArtifactNotFoundError extends Error {
  override readonly name = "ArtifactNotFoundError";
  readonly code = "PENNY_ARTIFACT_NOT_FOUND";
  constructor(
    readonly artifactId: string,
    readonly version?: number,
  ) {
    super(
      version === undefined
        ? `No artifact ${artifactId} was found.`
        : `Artifact ${artifactId} has no version ${version}.`,
    );
  }
}
