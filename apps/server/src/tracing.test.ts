import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeOtlpCollector } from "./__fixtures__/fake-otlp-collector.ts";
import { freePort, spawnPenny, waitForOk } from "./__fixtures__/penny-process.ts";
import { tracingRequested } from "./tracing.ts";

describe("tracingRequested", () => {
  it.each([
    [{}, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" }, true],
    [{ OTEL_TRACES_EXPORTER: "console" }, true],
    [{ OTEL_TRACES_EXPORTER: "none", OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }, false],
    [{ OTEL_SDK_DISABLED: "true", OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }, false],
    [{ OTEL_SDK_DISABLED: "false", OTEL_TRACES_EXPORTER: "otlp" }, true],
  ])("%j → %s", (environment, expected) => {
    expect(tracingRequested(environment)).toBe(expected);
  });
});

describe("tracing a running Penny", () => {
  let collector: FakeOtlpCollector;
  let dataDir: string;
  beforeAll(async () => {
    collector = await FakeOtlpCollector.start();
    dataDir = await mkdtemp(path.join(tmpdir(), "penny-tracing-"));
  });
  afterAll(async () => {
    await collector.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("exports a server span per request, named after the route and joined to the caller's trace", async () => {
    const port = await freePort();
    const penny = spawnPenny(["start"], {
      PORT: String(port),
      HOST: "127.0.0.1",
      PENNY_DATA_DIR: dataDir,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_BSP_SCHEDULE_DELAY: "50",
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForOk(penny, `${base}/readyz`);

    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const callerSpanId = "b7ad6b7169203331";
    const response = await fetch(`${base}/v1/openapi.json`, {
      headers: { traceparent: `00-${traceId}-${callerSpanId}-01` },
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");

    // Shutting down flushes the batch of spans still buffered.
    penny.child.kill("SIGTERM");
    expect(await penny.exited).toBe(0);

    const span = collector.spans.find((candidate) => candidate.name === "GET /v1/openapi.json");
    expect(span).toMatchObject({
      traceId,
      parentSpanId: callerSpanId,
      attributes: { "http.route": "/v1/openapi.json", "penny.request_id": requestId },
      resource: { "service.name": "penny" },
    });
    // Probes are left out so they do not drown the traces worth reading.
    expect(
      collector.spans.some((candidate) => String(candidate.attributes["url.path"]).startsWith("/readyz")),
    ).toBe(false);
  });

  it("traces a chat run: the run's span under the request, the tool call and the model call under the run", async () => {
    const port = await freePort();
    const penny = spawnPenny(["start"], {
      PORT: String(port),
      HOST: "127.0.0.1",
      PENNY_DATA_DIR: dataDir,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_BSP_SCHEDULE_DELAY: "50",
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForOk(penny, `${base}/readyz`);
    const login = await fetch(`${base}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@acme.test", password: "penny-demo" }),
    });
    expect(login.status).toBe(200);
    const headers = {
      "content-type": "application/json",
      cookie: login.headers
        .getSetCookie()
        .map((cookie) => cookie.split(";", 1)[0])
        .join("; "),
      "x-csrf-token": ((await login.json()) as { csrfToken: string }).csrfToken,
    };
    const created = await fetch(`${base}/v1/conversations`, { method: "POST", headers, body: "{}" });
    const { conversation } = (await created.json()) as { conversation: { id: string } };
    const answer = await fetch(`${base}/v1/chat/${conversation.id}/messages`, {
      method: "POST",
      headers,
      body: JSON.stringify({ content: "What's our revenue this quarter?" }),
    });
    const stream = await answer.text();
    expect(stream).toContain('"type":"finish"');

    penny.child.kill("SIGTERM");
    expect(await penny.exited).toBe(0);

    const run = collector.spans.find((candidate) => candidate.name === "penny.run");
    expect(run?.attributes).toMatchObject({
      "penny.conversation.id": conversation.id,
      "penny.run.status": "succeeded",
      "penny.model": "builtin",
    });
    const request = collector.spans.find((candidate) => candidate.spanId === run?.parentSpanId);
    expect(request?.name).toBe("POST /v1/chat/:conversationId/messages");
    const tool = collector.spans.find((candidate) => candidate.name === "penny.tool");
    expect(tool).toMatchObject({
      parentSpanId: run?.spanId,
      attributes: { "penny.tool.name": "get_company_kpis", "penny.tool.outcome": "succeeded" },
    });
    const modelCalls = collector.spans.filter(
      (candidate) => candidate.parentSpanId === run?.spanId && candidate.name.startsWith("ai.streamText"),
    );
    expect(modelCalls.length).toBeGreaterThan(0);
    // Prompts and answers stay out of the traces.
    expect(JSON.stringify(collector.spans)).not.toContain("revenue this quarter");
  });
});
