import { Redis } from "ioredis";
import { closeRedisConnection } from "./close-redis-connection.ts";
import { deliverMessage } from "./deliver-message.ts";
import { EventBusClosedError } from "./errors/event-bus-closed-error.ts";
import type { EventBus, Unsubscribe } from "./event-bus.ts";
import { type EventBusErrorHandler, warnEventBusError } from "./event-bus-error-handler.ts";
import { assertChannel, assertListener, assertMessage } from "./event-bus-input.ts";
import { assertRedisUrl } from "./redis-url.ts";

/** Every Penny channel lives under this prefix, so Penny can share a Redis with other applications. */
export const REDIS_CHANNEL_PREFIX = "penny:";

export interface RedisEventBusOptions {
  /** Receives what a listener throws and Redis connection errors; defaults to a process warning. */
  onError?: EventBusErrorHandler;
  /** Prefix of the two connections' names in `CLIENT LIST` (`<name>:bus-publisher`, `…:bus-subscriber`). */
  clientName?: string;
}

interface Subscription {
  listener: (message: string) => void;
  active: boolean;
}

/** The local listeners of one channel, which share a single Redis subscription. */
interface ChannelSubscriptions {
  subscriptions: Set<Subscription>;
  confirmed: Promise<void>;
}

/**
 * An event bus over Redis pub/sub, so every server process sees every event: one publishing connection and one
 * subscribing connection. ioredis reconnects and, with `autoResubscribe`, subscribes again after a reconnect.
 */
export function createRedisEventBus(url: string, options: RedisEventBusOptions = {}): EventBus {
  assertRedisUrl(url);
  const onError = options.onError ?? warnEventBusError;
  const clientName = options.clientName ?? "penny";
  const publisher = new Redis(url, { connectionName: `${clientName}:bus-publisher` });
  const subscriber = new Redis(url, {
    connectionName: `${clientName}:bus-subscriber`,
    autoResubscribe: true,
  });
  publisher.on("error", onError);
  subscriber.on("error", onError);

  const channels = new Map<string, ChannelSubscriptions>();
  let closed = false;

  subscriber.on("message", (redisChannel: string, message: string) => {
    if (!redisChannel.startsWith(REDIS_CHANNEL_PREFIX)) return;
    const channel = channels.get(redisChannel.slice(REDIS_CHANNEL_PREFIX.length));
    if (channel === undefined) return;
    for (const subscription of [...channel.subscriptions]) {
      if (subscription.active) deliverMessage(subscription.listener, message, onError);
    }
  });

  const leave = async (name: string, channel: ChannelSubscriptions, subscription: Subscription) => {
    subscription.active = false;
    channel.subscriptions.delete(subscription);
    if (channel.subscriptions.size > 0 || channels.get(name) !== channel) return;
    channels.delete(name);
    // Commands on one connection run in order, so a later SUBSCRIBE to the same channel still wins.
    if (!closed) await subscriber.unsubscribe(REDIS_CHANNEL_PREFIX + name);
  };

  return {
    async publish(channel, message) {
      if (closed) throw new EventBusClosedError();
      assertChannel(channel);
      assertMessage(message);
      await publisher.publish(REDIS_CHANNEL_PREFIX + channel, message);
    },

    async subscribe(name, listener): Promise<Unsubscribe> {
      if (closed) throw new EventBusClosedError();
      assertChannel(name);
      assertListener(listener);
      let channel = channels.get(name);
      if (channel === undefined) {
        const confirmed = subscriber.subscribe(REDIS_CHANNEL_PREFIX + name).then(() => undefined);
        channel = { subscriptions: new Set(), confirmed };
        channels.set(name, channel);
      }
      const subscription: Subscription = { listener, active: true };
      channel.subscriptions.add(subscription);
      try {
        await channel.confirmed;
      } catch (error) {
        subscription.active = false;
        channel.subscriptions.delete(subscription);
        if (channels.get(name) === channel) channels.delete(name);
        throw error;
      }
      if (closed) throw new EventBusClosedError();
      const joined = channel;
      return async () => {
        if (subscription.active) await leave(name, joined, subscription);
      };
    },

    async close() {
      if (closed) return;
      closed = true;
      for (const channel of channels.values()) {
        for (const subscription of channel.subscriptions) subscription.active = false;
      }
      channels.clear();
      await Promise.all([closeRedisConnection(publisher), closeRedisConnection(subscriber)]);
    },
  };
}
