import { EgressError } from "./egress-error.ts";

/** The response body passed the size cap; the download was stopped there. */
export class EgressTooLargeError extends EgressError {
  override readonly name = "EgressTooLargeError";
  readonly code = "PENNY_EGRESS_TOO_LARGE";
  constructor(
    host: string,
    readonly limitBytes: number,
  ) {
    super(host, `The response from ${host} is larger than the limit of ${limitBytes} bytes; it was cut off.`);
  }
}
