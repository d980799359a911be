import { EgressError } from "./egress-error.ts";

/** The connection failed or broke before a complete response arrived. */
export class EgressConnectError extends EgressError {
  override readonly name = "EgressConnectError";
  readonly code = "PENNY_EGRESS_CONNECT_FAILED";
  constructor(host: string, reason: string) {
    super(host, `The call to ${host} failed: ${reason}`);
  }
}
