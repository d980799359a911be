import { EgressError } from "./egress-error.ts";

/** The URL is not an absolute http(s) URL without embedded credentials. */
export class EgressUrlInvalidError extends EgressError {
  override readonly name = "EgressUrlInvalidError";
  readonly code = "PENNY_EGRESS_URL_INVALID";
  constructor(reason: string, host = "") {
    super(host, `The address cannot be called: ${reason}`);
  }
}
