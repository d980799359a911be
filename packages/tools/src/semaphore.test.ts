import { describe, expect, it } from "vitest";
import { Semaphore } from "./semaphore.ts";

describe("Semaphore", () => {
  it("lets `limit` holders in, queues the rest in arrival order and passes each freed slot on", async () => {
    const semaphore = new Semaphore(2);
    const order: string[] = [];
    const first = await semaphore.acquire();
    const second = await semaphore.acquire();
    const inOrder = (name: string) => (release: () => void) => {
      order.push(name);
      return release;
    };
    const third = semaphore.acquire().then(inOrder("third"));
    const fourth = semaphore.acquire().then(inOrder("fourth"));
    expect([semaphore.running, semaphore.waiting]).toEqual([2, 2]);

    first();
    first(); // a second release of the same slot changes nothing
    const releaseThird = await third;
    expect(order).toEqual(["third"]);
    expect([semaphore.running, semaphore.waiting]).toEqual([2, 1]);

    second();
    const releaseFourth = await fourth;
    expect(order).toEqual(["third", "fourth"]);
    releaseThird();
    releaseFourth();
    expect([semaphore.running, semaphore.waiting]).toEqual([0, 0]);
  });

  it("drops a waiter whose signal aborts and rejects it with the signal's reason", async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    const after = semaphore.acquire();
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    expect(semaphore.waiting).toBe(1);
    release();
    (await after)();
    expect([semaphore.running, semaphore.waiting]).toEqual([0, 0]);
    await expect(semaphore.acquire(AbortSignal.abort(new Error("late")))).rejects.toThrow("late");
  });

  it("needs a positive whole limit", () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
    expect(() => new Semaphore(1.5)).toThrow(RangeError);
  });
});
