import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogs } from "../__fixtures__/log-capture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("request ids", () => {
  const logs = captureLogs();
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp({ logger: logs.logger });
  });
  afterAll(() => testApp.dispose());

  const requestWithId = (id?: string) =>
    testApp.app.inject({
      method: "GET",
      url: "/healthz",
      headers: id === undefined ? {} : { "x-request-id": id },
    });

  it("echoes a sane incoming id and logs every line of the request with it", async () => {
    const response = await requestWithId("edge-7f3a:2026.11/25");
    expect(response.headers["x-request-id"]).toBe("edge-7f3a:2026.11/25");
    const lines = logs.entries().filter((entry) => entry.requestId === "edge-7f3a:2026.11/25");
    expect(lines.map((entry) => entry.msg)).toEqual(["incoming request", "request completed"]);
  });

  it("generates a UUID when none is sent", async () => {
    const response = await requestWithId();
    expect(response.headers["x-request-id"]).toMatch(UUID);
  });

  it.each([
    ["too long", "a".repeat(129)],
    ["with spaces", "two words"],
    ["with quotes", 'id"injected'],
    ["empty", ""],
  ])("replaces an id that is %s with a UUID", async (_case, id) => {
    const response = await requestWithId(id);
    expect(response.headers["x-request-id"]).toMatch(UUID);
  });

  it("puts the id on error responses too", async () => {
    const response = await testApp.app.inject({
      method: "GET",
      url: "/missing",
      headers: { "x-request-id": "abc-123" },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers["x-request-id"]).toBe("abc-123");
    expect(response.json().requestId).toBe("abc-123");
  });
});
