import { OidcError } from "./oidc-error.ts";

/** The callback was already used once; each sign-in completes at most once, so a replayed URL is refused. */
export class OidcStateReplayedError extends OidcError {
  override readonly name = "OidcStateReplayedError";
  override readonly code = "PENNY_OIDC_STATE_REPLAYED";
  constructor() {
    super("This sign-in was already completed. Start signing in again.");
  }
}
