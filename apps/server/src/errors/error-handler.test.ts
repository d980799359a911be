import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { captureLogs } from "../__fixtures__/log-capture.ts";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";
import { PennyError } from "./penny-error.ts";
import { type ProblemDocument, problemResponses } from "./problem-document.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("problem documents", () => {
  const logs = captureLogs();
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await openTestApp({ logger: logs.logger });
    const app = testApp.app;
    app.post(
      "/test/people",
      {
        config: { access: "public" },
        schema: {
          body: z.object({ name: z.string(), age: z.number().int().min(0) }),
          response: { 200: z.object({ name: z.string() }), ...problemResponses },
        },
      },
      // The extra field is on purpose: the response schema must keep it from leaving.
      async (request) => ({ name: request.body.name, passwordHash: "do-not-send" }),
    );
    app.get(
      "/test/broken-response",
      {
        config: { access: "public" },
        schema: { response: { 200: z.object({ count: z.number() }), ...problemResponses } },
      },
      async () => ({ count: "not a number" }) as unknown as { count: number },
    );
    app.get("/test/crash", { config: { access: "public" } }, async () => {
      throw new Error("connection to 10.0.0.7 refused for user admin");
    });
    app.get("/test/not-ready", { config: { access: "public" } }, async () => {
      throw new PennyError("PENNY_NOT_READY", "The model catalogue is still loading.");
    });
  });
  afterAll(() => testApp.dispose());

  function expectProblem(response: LightMyRequestResponse, status: number, code: string) {
    expect(response.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    const problem = response.json<ProblemDocument>();
    expect(problem).toMatchObject({
      type: expect.stringMatching(/^urn:penny:problem:/),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      instance: expect.stringMatching(/^\//),
      code,
      requestId: response.headers["x-request-id"],
    });
    return problem;
  }

  it("answers an unknown route with 404", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/no/such/thing?token=abc" });
    expect(response.statusCode).toBe(404);
    const problem = expectProblem(response, 404, "PENNY_ROUTE_NOT_FOUND");
    expect(problem.instance).toBe("/no/such/thing");
    expect(problem.detail).toBe("No route matches GET /no/such/thing.");
  });

  it("answers an invalid body with 400 naming every bad field", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/test/people",
      payload: { name: 42, age: -1 },
    });
    expect(response.statusCode).toBe(400);
    const problem = expectProblem(response, 400, "PENNY_VALIDATION_FAILED");
    expect(problem.detail).toContain("body.name");
    expect(problem.detail).toContain("body.age");
    expect(problem.errors?.map((error) => error.field)).toEqual(["body.name", "body.age"]);
  });

  it("answers malformed JSON with 400", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/test/people",
      headers: { "content-type": "application/json" },
      payload: '{"name": "Ada",',
    });
    expect(response.statusCode).toBe(400);
    expect(expectProblem(response, 400, "PENNY_MALFORMED_BODY").detail).toMatch(/JSON/);
  });

  it("answers an empty JSON body with 400", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/test/people",
      headers: { "content-type": "application/json" },
      payload: "",
    });
    expect(response.statusCode).toBe(400);
    expectProblem(response, 400, "PENNY_MALFORMED_BODY");
  });

  it("answers a body of an unsupported media type with 415", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/test/people",
      headers: { "content-type": "application/xml" },
      payload: "<person/>",
    });
    expect(response.statusCode).toBe(415);
    expectProblem(response, 415, "PENNY_UNSUPPORTED_MEDIA_TYPE");
  });

  it("sends only the fields the response schema lists", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/test/people",
      payload: { name: "Ada", age: 36 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: "Ada" });
  });

  it("answers an unexpected error with a generic 500 and logs the real one", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/test/crash" });
    expect(response.statusCode).toBe(500);
    const problem = expectProblem(response, 500, "PENNY_INTERNAL");
    expect(problem.requestId).toMatch(UUID);
    expect(problem.detail).toBe(`An unexpected error occurred; reference ${problem.requestId}`);
    expect(response.body).not.toContain("10.0.0.7");
    expect(response.body).not.toContain("    at ");

    const logged = logs
      .entries()
      .find((entry) => entry.requestId === problem.requestId && entry.level === 50);
    expect(logged?.err).toMatchObject({
      message: "connection to 10.0.0.7 refused for user admin",
      stack: expect.stringContaining("    at "),
    });
  });

  it("answers a response that breaks its own schema with a generic 500", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/test/broken-response" });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain("not a number");
    expectProblem(response, 500, "PENNY_INTERNAL");
  });

  it("shows the message of an error the catalogue exposes, with the catalogue's status", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/test/not-ready" });
    expect(response.statusCode).toBe(503);
    expect(expectProblem(response, 503, "PENNY_NOT_READY").detail).toBe(
      "The model catalogue is still loading.",
    );
  });
});
