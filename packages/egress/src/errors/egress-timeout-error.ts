import { EgressError } from "./egress-error.ts";

/** The whole call (every redirect and the body) took longer than allowed. */
export class EgressTimeoutError extends EgressError {
  override readonly name = "EgressTimeoutError";
  readonly code = "PENNY_EGRESS_TIMEOUT";
  constructor(
    host: string,
    readonly timeoutMs: number,
  ) {
    super(host, `The call to ${host} did not finish within ${timeoutMs} ms and was stopped.`);
  }
}
