/** The secret for signing content links is too short to resist guessing. */
export class SigningSecretTooShortError extends Error {
  override readonly name = "SigningSecretTooShortError";
  readonly code = "PENNY_ARTIFACT_SIGNING_SECRET_WEAK";
  constructor(
    readonly lengthBytes: number,
    readonly minimumBytes: number,
  ) {
    super(`The link signing secret has ${lengthBytes} bytes; at least ${minimumBytes} are needed.`);
  }
}
