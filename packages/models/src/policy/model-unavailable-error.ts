/** One failed try of one candidate model, kept for the error and the audit log. */
export interface FailedModelAttempt {
  label: string;
  /** 1 for the first try of this candidate. */
  attempt: number;
  message: string;
  statusCode?: number;
  retryable: boolean;
}

/** Every candidate model failed (retries spent or a non-retryable error); lists each attempt. */
export class ModelUnavailableError extends Error {
  override readonly name = "ModelUnavailableError";
  readonly code = "PENNY_MODEL_UNAVAILABLE";
  constructor(readonly attempts: FailedModelAttempt[]) {
    super(
      `No model could answer: ${attempts
        .map((attempt) => `${attempt.label} #${attempt.attempt}: ${attempt.message}`)
        .join("; ")}`,
    );
  }
}
