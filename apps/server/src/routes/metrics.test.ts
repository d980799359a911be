import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

describe("GET /metrics", () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    // Two apps in one process: each has its own registry, so neither registration collides.
    [first, second] = await Promise.all([openTestApp(), openTestApp()]);
  });
  afterAll(async () => {
    await Promise.all([first.dispose(), second.dispose()]);
  });

  const scrape = async (testApp: TestApp) => {
    const response = await testApp.app.inject({ method: "GET", url: "/metrics" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.body;
  };

  it("counts requests by method, route pattern and status", async () => {
    await first.app.inject({ method: "GET", url: "/healthz" });
    await first.app.inject({ method: "GET", url: "/healthz?probe=1" });
    const text = await scrape(first);
    expect(text).toContain('penny_http_requests_total{method="GET",route="/healthz",status="200"} 2');
    expect(text).toMatch(
      /penny_http_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/healthz",status="200"\}/,
    );
    expect(text).toContain("process_cpu_user_seconds_total");
  });

  it("labels unmatched URLs with one fixed route value, never the raw URL", async () => {
    await first.app.inject({ method: "GET", url: "/random/abc123" });
    await first.app.inject({ method: "GET", url: "/random/def456" });
    const text = await scrape(first);
    expect(text).toContain('penny_http_requests_total{method="GET",route="unmatched",status="404"} 2');
    expect(text).not.toContain("abc123");
  });

  it("keeps each app's counts apart", async () => {
    await second.app.inject({ method: "GET", url: "/" });
    const text = await scrape(second);
    expect(text).toContain('penny_http_requests_total{method="GET",route="/",status="200"} 1');
    expect(text).not.toContain('route="/healthz"');
  });
});
