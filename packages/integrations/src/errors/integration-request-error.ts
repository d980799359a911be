/**
 * An outside service refused or failed a request. `code` says why in a stable way (credentials, not found, bad
 * request, unavailable); the message is what the model and the person read in the tool result.
 */
export class IntegrationRequestError extends Error {
  override readonly name = "IntegrationRequestError";
  constructor(
    readonly code:
      | "PENNY_INTEGRATION_AUTH_FAILED"
      | "PENNY_INTEGRATION_FORBIDDEN"
      | "PENNY_INTEGRATION_REMOTE_NOT_FOUND"
      | "PENNY_INTEGRATION_REJECTED"
      | "PENNY_INTEGRATION_UNAVAILABLE",
    message: string,
    /** The service's HTTP status, when it answered. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}
