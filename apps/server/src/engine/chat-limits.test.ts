import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, openChatTestApp } from "../__fixtures__/chat-fixture.ts";

let testApp: ChatTestApp;

beforeAll(async () => {
  testApp = await openChatTestApp({
    engine: {
      chatLimits: { perUser: { limit: 2, windowMs: 60_000 }, perTenant: { limit: 3, windowMs: 60_000 } },
    },
  });
  await testApp.app.ready();
});
afterAll(() => testApp?.dispose());

async function send(user: keyof ChatTestApp["users"]) {
  const headers = await testApp.headersFor(testApp.users[user]);
  const conversation = await testApp.app.inject({
    method: "POST",
    url: "/v1/conversations",
    headers,
    payload: {},
  });
  return testApp.app.inject({
    method: "POST",
    url: `/v1/chat/${conversation.json().conversation.id}/messages`,
    headers,
    payload: { content: "hello" },
  });
}

describe("message rate limits", () => {
  it("a person over their limit gets 429 with Retry-After; then the tenant's limit stops everyone in it", async () => {
    expect((await send("creator")).statusCode).toBe(200);
    expect((await send("creator")).statusCode).toBe(200);
    const refused = await send("creator");
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe("PENNY_RATE_LIMITED");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60);
    // Another member still has their own allowance, until the tenant's (3) runs out.
    expect((await send("manager")).statusCode).toBe(200);
    const tenantRefused = await send("admin");
    expect(tenantRefused.statusCode).toBe(429);
    expect(tenantRefused.json().detail).toMatch(/organisation/);
    // Another tenant is not affected.
    expect((await send("globexAdmin")).statusCode).toBe(200);
  });
});
