/** A message that is not a string or is larger than the bus accepts. */
export class EventBusMessageInvalidError extends Error {
  override readonly name = "EventBusMessageInvalidError";
  readonly code = "PENNY_BUS_MESSAGE_INVALID";
  constructor(readonly reason: string) {
    super(`The event bus message is invalid: ${reason}.`);
  }
}
