import { describe, expect, it } from "vitest";
import { recordingListener, testRedisUrl, uniqueName } from "./__fixtures__/bus-fixtures.ts";
import type { EventBus } from "./event-bus.ts";
import { openEventBus } from "./open-event-bus.ts";

/** Whether a message published on one bus reaches a listener on the other, proven with a marker on the first. */
async function crossesBetween(first: EventBus, second: EventBus): Promise<boolean> {
  const channel = uniqueName("open");
  const onSecond = recordingListener();
  const onFirst = recordingListener();
  await second.subscribe(channel, onSecond.listener);
  await first.subscribe(channel, onFirst.listener);
  await first.publish(channel, "hello");
  await onFirst.received(1);
  if (onSecond.messages.length === 0) {
    // The first bus delivered its own copy; a shared Redis would deliver the other copy on the same round trip.
    const marker = recordingListener();
    const markerChannel = uniqueName("marker");
    await second.subscribe(markerChannel, marker.listener);
    await second.publish(markerChannel, "marker");
    await marker.received(1);
  }
  return onSecond.messages.includes("hello");
}

describe("openEventBus", () => {
  it("opens separate in-process buses when no Redis URL is given", async () => {
    const first = openEventBus();
    const second = openEventBus({});
    try {
      expect(await crossesBetween(first, second)).toBe(false);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("opens Redis buses that share messages when a Redis URL is given", async () => {
    const first = openEventBus({ redisUrl: testRedisUrl });
    const second = openEventBus({ redisUrl: testRedisUrl });
    try {
      expect(await crossesBetween(first, second)).toBe(true);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("refuses a Redis URL that is not one", () => {
    expect(() => openEventBus({ redisUrl: "mysql://localhost" })).toThrow(
      expect.objectContaining({ code: "PENNY_BUS_REDIS_URL_INVALID" }),
    );
  });
});
