/** A job was enqueued for a kind no handler was registered for: a wiring mistake, not a client's. */
export class JobKindUnknownError extends Error {
  override readonly name = "JobKindUnknownError";
  readonly code = "PENNY_JOB_KIND_UNKNOWN";
  constructor(readonly kind: string) {
    super(`No job handler is registered for "${kind}".`);
  }
}
