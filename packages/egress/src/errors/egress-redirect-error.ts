import { EgressError } from "./egress-error.ts";

/** The server redirected more often than allowed. */
export class EgressRedirectError extends EgressError {
  override readonly name = "EgressRedirectError";
  readonly code = "PENNY_EGRESS_TOO_MANY_REDIRECTS";
  constructor(
    host: string,
    readonly maxRedirects: number,
  ) {
    super(host, `The call to ${host} was redirected more than ${maxRedirects} times and was stopped.`);
  }
}
