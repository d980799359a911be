import type { ArtifactKind } from "@penny/db";
import { ArtifactContentError } from "./artifact-content-error.ts";

/** Content over the kind's size cap. */
export class ArtifactTooLargeError extends ArtifactContentError {
  override readonly name = "ArtifactTooLargeError";
  override readonly code = "PENNY_ARTIFACT_TOO_LARGE";
  constructor(
    kind: ArtifactKind,
    readonly sizeBytes: number,
    readonly maxBytes: number,
  ) {
    super(kind, `The ${kind} content is ${sizeBytes} bytes; the limit is ${maxBytes} bytes.`);
  }
}
