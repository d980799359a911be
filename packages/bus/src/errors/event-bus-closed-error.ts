/** The event bus was used after `close()`: a shutdown bug in the caller, never a transient condition. */
export class EventBusClosedError extends Error {
  override readonly name = "EventBusClosedError";
  readonly code = "PENNY_BUS_CLOSED";
  constructor() {
    super("The event bus is closed; it cannot publish or subscribe any more.");
  }
}
