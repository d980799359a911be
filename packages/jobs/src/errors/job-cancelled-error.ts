/** Thrown inside a handler's work when its job was cancelled; the job ends `cancelled`, not `failed`. */
export class JobCancelledError extends Error {
  override readonly name = "JobCancelledError";
  readonly code = "PENNY_JOB_CANCELLED";
  constructor() {
    super("The job was cancelled.");
  }
}
