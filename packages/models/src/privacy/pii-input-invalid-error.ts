/** The text or options given to the PII detector cannot be used. The text itself is never echoed. */
export class PiiInputInvalidError extends Error {
  override readonly name = "PiiInputInvalidError";
  readonly code = "PENNY_PII_INPUT_INVALID";
  constructor(readonly reason: string) {
    super(`The personal data filter cannot run: ${reason}.`);
  }
}
