/** A page cursor that this package did not hand out (edited, truncated or from another list). */
export class ArtifactCursorInvalidError extends Error {
  override readonly name = "ArtifactCursorInvalidError";
  readonly code = "PENNY_ARTIFACT_CURSOR_INVALID";
  constructor(readonly cursor: string) {
    super("The artifact page cursor is not valid; start again from the first page.");
  }
}
