/** A channel name that is empty, too long or holds characters outside the allowed set. */
export class EventBusChannelInvalidError extends Error {
  override readonly name = "EventBusChannelInvalidError";
  readonly code = "PENNY_BUS_CHANNEL_INVALID";
  constructor(readonly reason: string) {
    super(`The event bus channel name is invalid: ${reason}.`);
  }
}
