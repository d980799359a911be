import { deliverMessage } from "./deliver-message.ts";
import { EventBusClosedError } from "./errors/event-bus-closed-error.ts";
import type { EventBus, Unsubscribe } from "./event-bus.ts";
import { type EventBusErrorHandler, warnEventBusError } from "./event-bus-error-handler.ts";
import { assertChannel, assertListener, assertMessage } from "./event-bus-input.ts";

export interface InProcessEventBusOptions {
  /** Receives what a listener throws; defaults to a process warning. */
  onError?: EventBusErrorHandler;
}

interface Subscription {
  listener: (message: string) => void;
  active: boolean;
}

/**
 * An event bus inside one process: a map of channel → subscriptions. Delivery happens on a later microtask, in
 * publish order per channel, to the subscriptions that existed when the message was published and still exist.
 */
export function createInProcessEventBus(options: InProcessEventBusOptions = {}): EventBus {
  const onError = options.onError ?? warnEventBusError;
  const channels = new Map<string, Set<Subscription>>();
  let closed = false;

  const deliver = (subscriptions: Subscription[], message: string) => {
    for (const subscription of subscriptions) {
      if (subscription.active) deliverMessage(subscription.listener, message, onError);
    }
  };

  return {
    async publish(channel, message) {
      if (closed) throw new EventBusClosedError();
      assertChannel(channel);
      assertMessage(message);
      const subscriptions = channels.get(channel);
      if (subscriptions === undefined) return;
      // A snapshot, so a listener subscribed after this publish does not see it, as with Redis.
      const snapshot = [...subscriptions];
      queueMicrotask(() => deliver(snapshot, message));
    },

    async subscribe(channel, listener): Promise<Unsubscribe> {
      if (closed) throw new EventBusClosedError();
      assertChannel(channel);
      assertListener(listener);
      const subscriptions = channels.get(channel) ?? new Set<Subscription>();
      channels.set(channel, subscriptions);
      const subscription: Subscription = { listener, active: true };
      subscriptions.add(subscription);
      return async () => {
        if (!subscription.active) return;
        subscription.active = false;
        subscriptions.delete(subscription);
        if (subscriptions.size === 0 && channels.get(channel) === subscriptions) channels.delete(channel);
      };
    },

    async close() {
      closed = true;
      for (const subscriptions of channels.values()) {
        for (const subscription of subscriptions) subscription.active = false;
      }
      channels.clear();
    },
  };
}
