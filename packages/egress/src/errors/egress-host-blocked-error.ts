import { EgressError } from "./egress-error.ts";

/** The host is not on the tenant's allow-list. */
export class EgressHostBlockedError extends EgressError {
  override readonly name = "EgressHostBlockedError";
  readonly code = "PENNY_EGRESS_HOST_BLOCKED";
  constructor(host: string) {
    super(host, `Outbound calls to ${host} are blocked: the host is not on this organisation's allow-list.`);
  }
}
