/** Stops a subscription. */
export type Unsubscribe = () => Promise<void>;

/**
 * Publish/subscribe of string messages on named channels. In-process by default; Redis pub/sub when `REDIS_URL`
 * is set, so a client connected to one server process sees events produced by another.
 */
export interface EventBus {
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is active: a message published after that is delivered. */
  subscribe(channel: string, listener: (message: string) => void): Promise<Unsubscribe>;
  close(): Promise<void>;
}
