import { EgressError } from "./egress-error.ts";

/** The host name did not resolve. */
export class EgressDnsError extends EgressError {
  override readonly name = "EgressDnsError";
  readonly code = "PENNY_EGRESS_DNS_FAILED";
  constructor(host: string, reason: string) {
    super(host, `The host ${host} could not be resolved: ${reason}`);
  }
}
