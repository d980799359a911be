import type { z } from "zod";

/** Arguments to an artifact function that fail their schema; the message names each bad field. */
export class ArtifactInputError extends Error {
  override readonly name = "ArtifactInputError";
  readonly code = "PENNY_ARTIFACT_INPUT_INVALID";
  constructor(readonly issues: z.ZodError["issues"]) {
    super(
      `Invalid artifact request: ${issues
        .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`)
        .join("; ")}`,
    );
  }
}
