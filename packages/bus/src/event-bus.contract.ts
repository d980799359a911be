import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordingListener, uniqueName } from "./__fixtures__/bus-fixtures.ts";
import type { EventBus } from "./event-bus.ts";
import type { EventBusErrorHandler } from "./event-bus-error-handler.ts";
import { MESSAGE_MAX_BYTES } from "./event-bus-input.ts";

/** Opens a fresh bus for one test; the suite closes it afterwards. */
export type OpenEventBus = (options: { onError: EventBusErrorHandler }) => EventBus | Promise<EventBus>;

/** Characters from several scripts and planes, so a bus that mangles encodings fails. */
const unicodeSample =
  'héllo wörld — ñandú 你好 こんにちは مرحبا 🌍🚀 👩‍💻 e\u0301 \n\t"quoted" \\ {json: true}';

/** A payload of at least `bytes` UTF-8 bytes, mixing one-, two-, three- and four-byte characters. */
function payloadOfBytes(bytes: number): string {
  const unit = "a-é-€-😀|";
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/**
 * The behaviour every EventBus must have, as one shared suite: the in-process bus and the Redis bus both call it
 * (`runEventBusContract("redis", …)`), so code written against one behaves the same on the other.
 */
export function runEventBusContract(name: string, open: OpenEventBus): void {
  describe(`EventBus contract: ${name}`, () => {
    let bus: EventBus;
    let listenerErrors: unknown[];

    beforeEach(async () => {
      listenerErrors = [];
      bus = await open({ onError: (error) => listenerErrors.push(error) });
    });
    afterEach(async () => {
      await bus.close();
    });

    it("delivers a message published after subscribe resolves, and not one published before", async () => {
      const channel = uniqueName("delivery");
      await bus.publish(channel, "before anyone listened");
      const recorder = recordingListener();
      await bus.subscribe(channel, recorder.listener);
      await bus.publish(channel, "after subscribe");
      await recorder.received(1);
      expect(recorder.messages).toEqual(["after subscribe"]);
    });

    it("preserves publish order on a channel, whether publishes are awaited one by one or fired together", async () => {
      const channel = uniqueName("order");
      const recorder = recordingListener();
      await bus.subscribe(channel, recorder.listener);
      const awaited = Array.from({ length: 50 }, (_, index) => `awaited-${index}`);
      const fired = Array.from({ length: 200 }, (_, index) => `fired-${index}`);
      for (const message of awaited) await bus.publish(channel, message);
      await Promise.all(fired.map((message) => bus.publish(channel, message)));
      await recorder.received(awaited.length + fired.length);
      expect(recorder.messages).toEqual([...awaited, ...fired]);
    });

    it("delivers every message to every listener of a channel", async () => {
      const channel = uniqueName("fan-out");
      const first = recordingListener();
      const second = recordingListener();
      await bus.subscribe(channel, first.listener);
      await bus.subscribe(channel, second.listener);
      await bus.publish(channel, "one");
      await bus.publish(channel, "two");
      await first.received(2);
      await second.received(2);
      expect(first.messages).toEqual(["one", "two"]);
      expect(second.messages).toEqual(["one", "two"]);
    });

    it("keeps delivering to the other listeners when one throws, and reports the error", async () => {
      const channel = uniqueName("throwing");
      const before = recordingListener();
      const after = recordingListener();
      await bus.subscribe(channel, before.listener);
      await bus.subscribe(channel, () => {
        throw new Error("listener failed");
      });
      await bus.subscribe(channel, async () => {
        throw new Error("async listener failed");
      });
      await bus.subscribe(channel, after.listener);
      await bus.publish(channel, "first");
      await bus.publish(channel, "second");
      await after.received(2);
      await before.received(2);
      expect(after.messages).toEqual(["first", "second"]);
      expect(before.messages).toEqual(["first", "second"]);
      await expect.poll(() => listenerErrors.length).toBe(4);
      expect(listenerErrors.map((error) => (error as Error).message).sort()).toEqual([
        "async listener failed",
        "async listener failed",
        "listener failed",
        "listener failed",
      ]);
    });

    it("stops delivering to a listener once its unsubscribe resolves, and keeps the others", async () => {
      const channel = uniqueName("unsubscribe");
      const leaving = recordingListener();
      const staying = recordingListener();
      const unsubscribe = await bus.subscribe(channel, leaving.listener);
      await bus.subscribe(channel, staying.listener);
      await bus.publish(channel, "both");
      await leaving.received(1);
      await unsubscribe();
      await unsubscribe(); // a second call is harmless
      await bus.publish(channel, "only the one staying");
      await staying.received(2);
      expect(staying.messages).toEqual(["both", "only the one staying"]);
      expect(leaving.messages).toEqual(["both"]);
    });

    it("delivers nothing on a channel whose last listener left, and resubscribing works again", async () => {
      const channel = uniqueName("last-leaves");
      const marker = uniqueName("marker");
      const leaving = recordingListener();
      const markerListener = recordingListener();
      const unsubscribe = await bus.subscribe(channel, leaving.listener);
      await unsubscribe();
      await bus.subscribe(marker, markerListener.listener);
      await bus.publish(channel, "nobody listens");
      await bus.publish(marker, "published after");
      // Messages from one publisher arrive in order, so once the marker is here the earlier one would be too.
      await markerListener.received(1);
      expect(leaving.messages).toEqual([]);

      const returning = recordingListener();
      await bus.subscribe(channel, returning.listener);
      await bus.publish(channel, "welcome back");
      await returning.received(1);
      expect(returning.messages).toEqual(["welcome back"]);
      expect(leaving.messages).toEqual([]);
    });

    it("keeps channels apart, including names that are prefixes of each other", async () => {
      const channel = uniqueName("isolated");
      const a = recordingListener();
      const aChild = recordingListener();
      const b = recordingListener();
      await bus.subscribe(channel, a.listener);
      await bus.subscribe(`${channel}:child`, aChild.listener);
      await bus.subscribe(`${channel}-b`, b.listener);
      await bus.publish(`${channel}:child`, "to the child");
      await bus.publish(`${channel}-b`, "to b");
      await bus.publish(channel, "to a");
      await a.received(1);
      await aChild.received(1);
      await b.received(1);
      expect(a.messages).toEqual(["to a"]);
      expect(aChild.messages).toEqual(["to the child"]);
      expect(b.messages).toEqual(["to b"]);
    });

    it("carries unicode text and 64 KB payloads unchanged", async () => {
      const channel = uniqueName("payloads");
      const recorder = recordingListener();
      await bus.subscribe(channel, recorder.listener);
      const large = payloadOfBytes(64 * 1024);
      expect(Buffer.byteLength(large)).toBeGreaterThanOrEqual(64 * 1024);
      await bus.publish(channel, unicodeSample);
      await bus.publish(channel, large);
      await bus.publish(channel, "");
      await recorder.received(3);
      expect(recorder.messages[0]).toBe(unicodeSample);
      expect(recorder.messages[1]).toBe(large);
      expect(recorder.messages[2]).toBe("");
    });

    it("refuses bad channel names, non-string or oversized messages and non-function listeners", async () => {
      const channel = uniqueName("validation");
      for (const bad of ["", " spaced", "has space", "star*", "x".repeat(201), "ñ"]) {
        await expect(bus.publish(bad, "m")).rejects.toMatchObject({ code: "PENNY_BUS_CHANNEL_INVALID" });
        await expect(bus.subscribe(bad, () => {})).rejects.toMatchObject({
          code: "PENNY_BUS_CHANNEL_INVALID",
        });
      }
      await expect(bus.publish(channel, 42 as unknown as string)).rejects.toMatchObject({
        code: "PENNY_BUS_MESSAGE_INVALID",
      });
      await expect(bus.publish(channel, "x".repeat(MESSAGE_MAX_BYTES + 1))).rejects.toMatchObject({
        code: "PENNY_BUS_MESSAGE_INVALID",
      });
      await expect(bus.subscribe(channel, "nope" as unknown as () => void)).rejects.toMatchObject({
        code: "PENNY_BUS_LISTENER_INVALID",
      });
    });

    it("refuses to publish or subscribe after close, and closing twice is harmless", async () => {
      const channel = uniqueName("closed");
      const recorder = recordingListener();
      await bus.subscribe(channel, recorder.listener);
      await bus.close();
      await bus.close();
      await expect(bus.publish(channel, "late")).rejects.toMatchObject({ code: "PENNY_BUS_CLOSED" });
      await expect(bus.subscribe(channel, () => {})).rejects.toMatchObject({ code: "PENNY_BUS_CLOSED" });
      expect(recorder.messages).toEqual([]);
    });
  });
}
