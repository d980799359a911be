import { randomUUID } from "node:crypto";
import { vi } from "vitest";

/** The Redis the tests use: `REDIS_URL`, or the local one CI and the dev machine run. */
export const testRedisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** A channel (or key) name no other test, file or concurrent run uses. */
export const uniqueName = (label: string) => `test-${label}-${randomUUID()}`;

/** A listener that records what it receives, and a way to wait until it has received `count` messages. */
export function recordingListener() {
  const messages: string[] = [];
  return {
    messages,
    listener: (message: string) => {
      messages.push(message);
    },
    /** Generous ceiling for Redis round trips on a busy machine; this is not a timing assertion. */
    received: (count: number) =>
      vi.waitFor(
        () => {
          if (messages.length < count) throw new Error(`received ${messages.length} of ${count} messages`);
        },
        { timeout: 10_000, interval: 5 },
      ),
  };
}
