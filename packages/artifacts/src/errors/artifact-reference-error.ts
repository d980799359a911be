/** A workspace, conversation or parent artifact named by the caller does not exist in this tenant. */
export class ArtifactReferenceError extends Error {
  override readonly name = "ArtifactReferenceError";
  readonly code = "PENNY_ARTIFACT_REFERENCE_INVALID";
  constructor(
    readonly reference: "workspace" | "conversation" | "parent",
    readonly ids: readonly string[],
  ) {
    super(
      ids.length === 0
        ? `This tenant has no default ${reference}; name one explicitly.`
        : `No ${reference} ${ids.join(", ")} exists in this tenant.`,
    );
  }
}
