/** The response cache was handed invalid input (options, a key, a value): a bug in the caller. */
export class ResponseCacheInvalidError extends Error {
  override readonly name = "ResponseCacheInvalidError";
  readonly code = "PENNY_RESPONSE_CACHE_INVALID";
  constructor(readonly problems: { path: string; message: string }[]) {
    super(
      `The response cache input is invalid: ${problems.map((problem) => `${problem.path} ${problem.message}`).join("; ")}`,
    );
  }
}
