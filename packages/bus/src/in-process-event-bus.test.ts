import { describe, expect, it } from "vitest";
import { recordingListener } from "./__fixtures__/bus-fixtures.ts";
import { runEventBusContract } from "./event-bus.contract.ts";
import { createInProcessEventBus } from "./in-process-event-bus.ts";

runEventBusContract("in-process", ({ onError }) => createInProcessEventBus({ onError }));

describe("createInProcessEventBus", () => {
  it("delivers asynchronously: nothing reaches a listener before publish returns control", async () => {
    const bus = createInProcessEventBus();
    const recorder = recordingListener();
    await bus.subscribe("sync-check", recorder.listener);
    const published = bus.publish("sync-check", "later");
    expect(recorder.messages).toEqual([]);
    await published;
    await recorder.received(1);
    expect(recorder.messages).toEqual(["later"]);
    await bus.close();
  });

  it("does not deliver a message already queued to a listener that unsubscribed in the meantime", async () => {
    const bus = createInProcessEventBus();
    const leaving = recordingListener();
    const staying = recordingListener();
    const unsubscribe = await bus.subscribe("queued", leaving.listener);
    await bus.subscribe("queued", staying.listener);
    const published = bus.publish("queued", "in flight");
    const left = unsubscribe();
    await Promise.all([published, left]);
    await staying.received(1);
    expect(leaving.messages).toEqual([]);
    await bus.close();
  });

  it("reports a throwing listener as a process warning when no handler is given", async () => {
    const bus = createInProcessEventBus();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      await bus.subscribe("warned", () => {
        throw new Error("boom in listener");
      });
      await bus.publish("warned", "m");
      await expect.poll(() => warnings.map((warning) => warning.message)).toContain("boom in listener");
      expect(warnings.find((warning) => warning.message === "boom in listener")?.name).toBe(
        "PennyEventBusWarning",
      );
    } finally {
      process.off("warning", onWarning);
      await bus.close();
    }
  });
});
