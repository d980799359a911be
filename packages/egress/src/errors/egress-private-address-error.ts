import { EgressError } from "./egress-error.ts";

/** The host is (or resolves to) a private, loopback, link-local or otherwise non-public address. */
export class EgressPrivateAddressError extends EgressError {
  override readonly name = "EgressPrivateAddressError";
  readonly code = "PENNY_EGRESS_PRIVATE_ADDRESS";
  constructor(
    host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(
      host,
      `Outbound calls to ${host} are blocked: it resolves to ${address}, a ${range} address. ` +
        "An administrator can allow private addresses for this host explicitly.",
    );
  }
}
