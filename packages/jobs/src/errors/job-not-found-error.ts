/** The job does not exist in this tenant (or the caller may not see it). */
export class JobNotFoundError extends Error {
  override readonly name = "JobNotFoundError";
  readonly code = "PENNY_JOB_NOT_FOUND";
  constructor(readonly jobId: string) {
    super("No such job.");
  }
}
