/** `subscribe` was given something that is not a function to call with each message. */
export class EventBusListenerInvalidError extends Error {
  override readonly name = "EventBusListenerInvalidError";
  readonly code = "PENNY_BUS_LISTENER_INVALID";
  constructor() {
    super("The event bus listener must be a function that takes the message.");
  }
}
