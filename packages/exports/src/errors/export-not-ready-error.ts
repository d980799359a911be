/** The export's job has not finished well yet (queued, running, failed or cancelled): there is no file to fetch. */
export class ExportNotReadyError extends Error {
  override readonly name = "ExportNotReadyError";
  readonly code = "PENNY_EXPORT_NOT_READY";

  constructor(status: string) {
    super(
      status === "failed" || status === "cancelled"
        ? `The export ${status === "failed" ? "failed" : "was cancelled"}; start a new one.`
        : "The export is not finished yet; wait for its job to succeed.",
    );
  }
}
