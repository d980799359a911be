/** A model sent no content within the time allowed for the first chunk; retryable, like a 503. */
export class FirstChunkTimeoutError extends Error {
  override readonly name = "FirstChunkTimeoutError";
  readonly code = "PENNY_MODEL_TIMEOUT";
  constructor(
    readonly label: string,
    readonly timeoutMs: number,
  ) {
    super(`The model ${label} sent nothing within ${timeoutMs} ms.`);
  }
}
