/** No export file for this job here: not an export, not this person's, another tenant's, or gone from storage. */
export class ExportNotFoundError extends Error {
  override readonly name = "ExportNotFoundError";
  readonly code = "PENNY_EXPORT_NOT_FOUND";

  constructor(jobId: string) {
    super(`No export file for job ${jobId}.`);
  }
}
