import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogs } from "./__fixtures__/log-capture.ts";
import { openTestApp, type TestApp } from "./__fixtures__/test-app.ts";

describe("log redaction", () => {
  const logs = captureLogs();
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp({ logger: logs.logger });
    // A handler that logs what careless code would: the whole header set and a body full of secrets.
    testApp.app.post("/test/careless", { config: { access: "public" } }, async (request) => {
      request.log.info({ headers: request.headers, body: request.body }, "careless log line");
      return { ok: true };
    });
  });
  afterAll(() => testApp.dispose());

  it("never writes credentials from headers or secret fields", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/test/careless",
      headers: { cookie: "penny_session=cookie-secret-2" },
      payload: {
        password: "body-secret-3",
        settings: { apiKey: "body-secret-4", nested: { token: "body-secret-5", masterKey: "body-secret-6" } },
        visible: "shown-value",
      },
    });
    expect(response.statusCode).toBe(200);
    // A bearer key is refused before any handler runs; the refusal is logged without it.
    const refused = await testApp.app.inject({
      method: "POST",
      url: "/test/careless",
      headers: { authorization: "Bearer header-secret-1" },
      payload: {},
    });
    expect(refused.statusCode).toBe(401);
    const text = logs.text();
    expect(text).toContain("careless log line");
    expect(text).toContain("shown-value");
    expect(text).toContain("[Redacted]");
    for (const secret of [
      "header-secret-1",
      "cookie-secret-2",
      "body-secret-3",
      "body-secret-4",
      "body-secret-5",
      "body-secret-6",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("redacts secrets in the logger's own calls, outside any request", () => {
    logs.logger.warn({ config: { secret: "plain-secret-7" }, password: "plain-secret-8" }, "start-up line");
    expect(logs.text()).not.toMatch(/plain-secret-[78]/);
  });
});
