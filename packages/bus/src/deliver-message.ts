import type { EventBusErrorHandler } from "./event-bus-error-handler.ts";

/** Calls one listener; a throw or a rejected promise goes to `onError` so the other listeners still run. */
export function deliverMessage(
  listener: (message: string) => unknown,
  message: string,
  onError: EventBusErrorHandler,
): void {
  try {
    const result = listener(message);
    if (result instanceof Promise) result.catch(onError);
  } catch (error) {
    onError(error);
  }
}
