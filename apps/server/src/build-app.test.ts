import { setImmediate as nextTurn } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./__fixtures__/test-app.ts";

describe("app.close()", () => {
  let testApp: TestApp;
  let entered: () => void;
  const handlerEntered = new Promise<void>((resolve) => {
    entered = resolve;
  });
  let release: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });

  beforeAll(async () => {
    testApp = await openTestApp();
    // Finishes only when the test says so: "slow" without depending on the clock.
    testApp.app.get("/test/slow", { config: { access: "public" } }, async () => {
      entered();
      await released;
      return { finished: true };
    });
  });
  afterAll(async () => {
    release();
    await testApp.dispose();
  });

  it("stops accepting connections but lets a request in flight finish", async () => {
    const { app } = testApp;
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    const url = `http://127.0.0.1:${address.port}`;

    const inFlight = fetch(`${url}/test/slow`);
    await handlerEntered;
    const closed = app.close();
    while (app.server.listening) await nextTurn();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closed;
  });
});
