/** A blob store was configured with options it cannot work with (an empty bucket name, a bad endpoint URL). */
export class BlobStoreOptionsInvalidError extends Error {
  override readonly name = "BlobStoreOptionsInvalidError";
  readonly code = "PENNY_BLOB_STORE_OPTIONS_INVALID";
  constructor(readonly problems: { option: string; message: string }[]) {
    super(
      `The blob store options are not valid: ${problems.map((problem) => `${problem.option} ${problem.message}`).join("; ")}`,
    );
  }
}
