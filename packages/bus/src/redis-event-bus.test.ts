import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { recordingListener, testRedisUrl, uniqueName } from "./__fixtures__/bus-fixtures.ts";
import { runEventBusContract } from "./event-bus.contract.ts";
import { createRedisEventBus, REDIS_CHANNEL_PREFIX } from "./redis-event-bus.ts";

runEventBusContract("redis", ({ onError }) => createRedisEventBus(testRedisUrl, { onError }));

describe("createRedisEventBus", () => {
  // A plain connection to look at Redis from the outside, as another process would.
  let observer: Redis;
  beforeAll(() => {
    observer = new Redis(testRedisUrl);
  });
  afterAll(async () => {
    await observer.quit();
  });

  const subscriberCount = async (channel: string) => {
    const [, count] = (await observer.pubsub("NUMSUB", REDIS_CHANNEL_PREFIX + channel)) as [string, number];
    return Number(count);
  };

  it("lets two bus instances, like two server processes, see each other's messages", async () => {
    const first = createRedisEventBus(testRedisUrl);
    const second = createRedisEventBus(testRedisUrl);
    try {
      const channel = uniqueName("two-processes");
      const atFirst = recordingListener();
      const atSecond = recordingListener();
      await first.subscribe(channel, atFirst.listener);
      await second.subscribe(channel, atSecond.listener);
      await first.publish(channel, "from the first");
      await second.publish(channel, "from the second");
      await atFirst.received(2);
      await atSecond.received(2);
      expect(atFirst.messages).toEqual(["from the first", "from the second"]);
      expect(atSecond.messages).toEqual(["from the first", "from the second"]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("publishes under the penny: prefix and hears raw publishes there", async () => {
    const bus = createRedisEventBus(testRedisUrl);
    const raw = new Redis(testRedisUrl);
    try {
      const channel = uniqueName("prefix");
      const rawMessages: string[] = [];
      raw.on("message", (_channel: string, message: string) => rawMessages.push(message));
      await raw.subscribe(`penny:${channel}`);
      await bus.publish(channel, "seen by a plain subscriber");
      await vi.waitFor(() => expect(rawMessages).toEqual(["seen by a plain subscriber"]));

      const recorder = recordingListener();
      await bus.subscribe(channel, recorder.listener);
      await observer.publish(channel, "without the prefix: not ours");
      await observer.publish(`penny:${channel}`, "with the prefix");
      await recorder.received(1);
      expect(recorder.messages).toEqual(["with the prefix"]);
    } finally {
      await Promise.all([bus.close(), raw.quit()]);
    }
  });

  it("shares one Redis subscription among local listeners and drops it when the last one leaves", async () => {
    const bus = createRedisEventBus(testRedisUrl);
    try {
      const channel = uniqueName("shared");
      const [unsubscribeFirst, unsubscribeSecond] = await Promise.all([
        bus.subscribe(channel, () => {}),
        bus.subscribe(channel, () => {}),
      ]);
      expect(await subscriberCount(channel)).toBe(1);
      await unsubscribeFirst();
      expect(await subscriberCount(channel)).toBe(1);
      await unsubscribeSecond();
      expect(await subscriberCount(channel)).toBe(0);
    } finally {
      await bus.close();
    }
  });

  it("subscribes again after its subscriber connection is killed", async () => {
    const clientName = `penny-test-${randomUUID()}`;
    const connectionErrors: unknown[] = [];
    const bus = createRedisEventBus(testRedisUrl, {
      clientName,
      onError: (error) => connectionErrors.push(error),
    });
    try {
      const channel = uniqueName("reconnect");
      const recorder = recordingListener();
      await bus.subscribe(channel, recorder.listener);
      await bus.publish(channel, "before the kill");
      await recorder.received(1);

      const clients = (await observer.client("LIST")) as string;
      const line = clients.split("\n").find((entry) => entry.includes(` name=${clientName}:bus-subscriber `));
      const id = line?.match(/^id=(\d+) /)?.[1];
      expect(id).toBeDefined();
      expect(await observer.client("KILL", "ID", id as string)).toBe(1);

      // Keep publishing until the resubscribed connection hears one; before that, messages are simply lost.
      await vi.waitFor(
        async () => {
          await bus.publish(channel, "after the kill");
          expect(recorder.messages).toContain("after the kill");
        },
        { timeout: 15_000, interval: 50 },
      );
      expect(await subscriberCount(channel)).toBe(1);
    } finally {
      await bus.close();
    }
  });

  it("quits both of its connections on close", async () => {
    const clientName = `penny-test-${randomUUID()}`;
    const bus = createRedisEventBus(testRedisUrl, { clientName });
    const channel = uniqueName("close");
    await bus.subscribe(channel, () => {});
    await bus.publish(channel, "open");
    const ours = async () =>
      ((await observer.client("LIST")) as string).split("\n").filter((entry) => entry.includes(clientName));
    expect(await ours()).toHaveLength(2);
    await bus.close();
    await vi.waitFor(async () => expect(await ours()).toEqual([]));
    expect(await subscriberCount(channel)).toBe(0);
  });

  it.each([
    ["an http URL", "http://user:hunter2@127.0.0.1:6379"],
    ["no URL at all", "127.0.0.1:6379"],
    ["an empty string", ""],
  ])("refuses %s without echoing it", (_, url) => {
    let thrown: unknown;
    try {
      createRedisEventBus(url);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "PENNY_BUS_REDIS_URL_INVALID" });
    expect((thrown as Error).message).not.toContain("hunter2");
  });
});
