import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../__fixtures__/test-app.ts";

type JsonSchema = { properties?: Record<string, unknown>; required?: string[]; $ref?: string };
type Operation = { responses: Record<string, { content: Record<string, { schema: JsonSchema }> }> };
/** The parts of an OpenAPI document these tests read. */
interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, JsonSchema> };
}

describe("GET /v1/openapi.json", () => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  beforeAll(async () => {
    testApp = await openTestApp();
    const response = await testApp.app.inject({ method: "GET", url: "/v1/openapi.json" });
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  });
  afterAll(() => testApp.dispose());

  it("is an OpenAPI 3.1 document titled Penny API", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({
      title: "Penny API",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it("lists every route with its response schemas", () => {
    const registered = testApp.app.routeAccess.map((route) =>
      route.url.replace(/:(\w+)/g, "{$1}").replace("*", "{*}"),
    );
    expect(Object.keys(document.paths).sort()).toEqual([...new Set(registered)].sort());
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/", "/healthz", "/v1/me"]));
    const ready = document.paths["/readyz"]?.get.responses["200"];
    expect(ready?.content["application/json"]?.schema.properties).toHaveProperty("database");
    expect(Object.keys(document.paths["/"]?.get.responses["200"]?.content ?? {})).toEqual(["text/html"]);
  });

  it("describes errors as problem documents through one shared component", () => {
    const errorResponse = document.paths["/healthz"]?.get.responses["5XX"];
    expect(errorResponse?.content["application/problem+json"]?.schema).toEqual({
      $ref: "#/components/schemas/Problem",
    });
    expect(document.components.schemas.Problem?.required).toEqual(
      expect.arrayContaining(["type", "title", "status", "detail", "instance", "code", "requestId"]),
    );
  });
});
