import { schema } from "@penny/db";
import { startOpenAITestDouble, type VendorTestDouble } from "@penny/models/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatTestApp } from "../__fixtures__/chat-fixture.ts";
import type { FixtureUser } from "../__fixtures__/identity-fixture.ts";
import { openPromptPolicyApp } from "../__fixtures__/prompt-policy-app.ts";

let testApp: ChatTestApp;
let vendor: VendorTestDouble;

beforeAll(async () => {
  vendor = await startOpenAITestDouble();
  testApp = await openPromptPolicyApp();
});
afterAll(async () => {
  await testApp?.dispose();
  await vendor?.close();
});

async function call(
  user: FixtureUser,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  payload?: object,
) {
  return testApp.app.inject({
    method,
    url,
    headers: await testApp.headersFor(user),
    ...(payload === undefined ? {} : { payload }),
  });
}

const auditOf = (tenantId: string) =>
  testApp.database.withTenant(tenantId, (tx) =>
    tx.select().from(schema.auditEvents).orderBy(schema.auditEvents.seq),
  );

describe("tenant system prompt", () => {
  it("is read by members, written by admins only, bounded and audited without its text", async () => {
    const { admin, manager, viewer } = testApp.users;
    const empty = await call(viewer, "GET", "/v1/prompts/system");
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({ systemPrompt: { text: "", updatedAt: null } });

    const text = "You work for Acme. Answer in British English and keep it short.";
    const written = await call(admin, "PUT", "/v1/prompts/system", { text });
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json().systemPrompt.text).toBe(text);
    const read = await call(viewer, "GET", "/v1/prompts/system");
    expect(read.json().systemPrompt).toEqual({ text, updatedAt: expect.any(String) });

    for (const user of [manager, viewer]) {
      expect((await call(user, "PUT", "/v1/prompts/system", { text: "Be rude." })).statusCode).toBe(403);
    }
    const tooLong = await call(admin, "PUT", "/v1/prompts/system", { text: "x".repeat(20_001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().detail).toMatch(/body\.text: must be at most 20000 characters/);
    const nul = await call(admin, "PUT", "/v1/prompts/system", { text: "a\u0000b" });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().detail).toMatch(/NUL/);
    expect((await call(viewer, "GET", "/v1/prompts/system")).json().systemPrompt.text).toBe(text);

    const updates = (await auditOf(testApp.acme.id)).filter(
      (event) => event.action === "prompt.system.update",
    );
    expect(updates).toHaveLength(1);
    expect(updates[0]?.data).toEqual({ length: text.length });
    expect(JSON.stringify(updates[0])).not.toContain("British English");
    // Another tenant has its own, still empty.
    const globex = await call(testApp.users.globexAdmin, "GET", "/v1/prompts/system");
    expect(globex.json().systemPrompt.text).toBe("");
  });

  it("reaches the model first, as the system message", async () => {
    const { admin } = testApp.users;
    await call(admin, "PUT", "/v1/prompts/system", { text: "Always sign as Penny from Acme." });
    const provider = await call(admin, "POST", "/v1/models/providers", {
      kind: "openai",
      name: "vendor",
      baseUrl: vendor.baseUrl,
      apiKey: "sk-vendor-key",
      models: [{ id: "gpt-test", size: "large", local: false }],
    });
    expect(provider.statusCode, provider.body).toBe(201);
    vendor.enqueue({ type: "text", text: "Hello, Penny from Acme." });
    const conversation = (await call(admin, "POST", "/v1/conversations", {})).json().conversation as {
      id: string;
    };
    const answered = await call(admin, "POST", `/v1/chat/${conversation.id}/messages`, {
      content: "Say hello",
    });
    expect(answered.statusCode).toBe(200);
    const messages = vendor.requests.at(-1)?.body.messages as { role: string; content: unknown }[];
    expect(messages[0]).toEqual({ role: "system", content: "Always sign as Penny from Acme." });
    expect(messages.at(-1)).toMatchObject({ role: "user", content: "Say hello" });

    await call(admin, "PUT", "/v1/prompts/system", { text: "" });
    vendor.enqueue({ type: "text", text: "Hi." });
    await call(admin, "POST", `/v1/chat/${conversation.id}/messages`, { content: "Again" });
    const after = vendor.requests.at(-1)?.body.messages as { role: string }[];
    expect(after.some((message) => message.role === "system")).toBe(false);
  });
});

describe("prompt templates", () => {
  const body = "Write to {{customer}} about order {{ order }}. Sign as {{customer}}'s account manager.";

  it("are created, read, changed, rendered and deleted, each change audited", async () => {
    const { admin, viewer } = testApp.users;
    const created = await call(admin, "POST", "/v1/prompts/templates", {
      name: "Order follow-up",
      description: "A note about an order",
      body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const template = created.json().template;
    expect(template).toMatchObject({
      name: "Order follow-up",
      variables: [{ name: "customer" }, { name: "order" }],
      createdBy: admin.id,
    });

    const listed = await call(viewer, "GET", "/v1/prompts/templates");
    expect(listed.json().templates.map((item: { id: string }) => item.id)).toEqual([template.id]);
    expect((await call(viewer, "GET", `/v1/prompts/templates/${template.id}`)).json().template.body).toBe(
      body,
    );

    const rendered = await call(viewer, "POST", `/v1/prompts/templates/${template.id}/render`, {
      variables: { customer: "Ana", order: "A-17" },
    });
    expect(rendered.statusCode, rendered.body).toBe(200);
    expect(rendered.json()).toEqual({
      text: "Write to Ana about order A-17. Sign as Ana's account manager.",
    });

    const described = await call(admin, "PATCH", `/v1/prompts/templates/${template.id}`, {
      variables: [
        { name: "customer", description: "Their first name" },
        { name: "order", description: "The order number" },
      ],
    });
    expect(described.statusCode, described.body).toBe(200);
    const changed = await call(admin, "PATCH", `/v1/prompts/templates/${template.id}`, {
      name: "Order note",
      body: "Hello {{customer}}, order {{order}} left on {{date}}.",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().template).toMatchObject({
      name: "Order note",
      description: "A note about an order",
      variables: [
        { name: "customer", description: "Their first name" },
        { name: "order", description: "The order number" },
        { name: "date" },
      ],
    });

    const deleted = await call(admin, "DELETE", `/v1/prompts/templates/${template.id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await call(viewer, "GET", `/v1/prompts/templates/${template.id}`)).statusCode).toBe(404);

    const actions = (await auditOf(testApp.acme.id))
      .filter((event) => event.target === `prompt_template:${template.id}`)
      .map((event) => [event.action, event.data]);
    expect(actions).toEqual([
      ["prompt.template.create", { name: "Order follow-up", variables: ["customer", "order"] }],
      ["prompt.template.update", { name: "Order follow-up", changed: ["variables"] }],
      ["prompt.template.update", { name: "Order note", changed: ["body", "name"] }],
      ["prompt.template.delete", { name: "Order note" }],
    ]);
  });

  it("refuses bad input with messages that name the problem", async () => {
    const { admin, viewer } = testApp.users;
    const created = await call(admin, "POST", "/v1/prompts/templates", {
      name: "Greeting",
      body: "Hi {{name}}",
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().template.id as string;

    const render = async (variables: object) =>
      call(viewer, "POST", `/v1/prompts/templates/${id}/render`, { variables });
    const missing = await render({ nickname: "Al" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toBe(
      "Missing values for: {{name}}. This template has no variables named: {{nickname}}.",
    );
    const badName = await render({ "not a name": "x" });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().detail).toMatch(/body\.variables/);

    const cases: [object, RegExp][] = [
      [{ name: "Greeting", body: "Hello" }, /A prompt template named "Greeting" already exists/],
      [
        { name: "Other", body: "Hi {{name}}", variables: [{ name: "nom" }] },
        /undeclared variables: \{\{name\}\}.*never uses: \{\{nom\}\}/,
      ],
      [{ name: "", body: "Hi" }, /body\.name: must not be empty/],
      [{ name: "Long", body: "x".repeat(20_001) }, /body\.body: must be at most 20000 characters/],
      [{ name: "Vars", body: "Hi", variables: [{ name: "1st" }] }, /body\.variables\.0\.name/],
    ];
    for (const [payload, message] of cases) {
      const response = await call(admin, "POST", "/v1/prompts/templates", payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(payload === cases[0]?.[0] ? 409 : 400);
      expect(response.json().detail).toMatch(message);
    }
    const rename = await call(admin, "POST", "/v1/prompts/templates", { name: "Second", body: "Two" });
    const taken = await call(admin, "PATCH", `/v1/prompts/templates/${rename.json().template.id}`, {
      name: "Greeting",
    });
    expect(taken.statusCode).toBe(409);
    expect((await call(admin, "GET", "/v1/prompts/templates/not-an-id")).statusCode).toBe(400);
  });

  it("are written by admins only and invisible to other tenants", async () => {
    const { admin, manager, creator, viewer, globexAdmin } = testApp.users;
    const created = await call(admin, "POST", "/v1/prompts/templates", {
      name: "Private",
      body: "Acme {{x}}",
    });
    const id = created.json().template.id as string;
    for (const user of [manager, creator, viewer]) {
      expect(
        (await call(user, "POST", "/v1/prompts/templates", { name: "Mine", body: "b" })).statusCode,
      ).toBe(403);
      expect((await call(user, "PATCH", `/v1/prompts/templates/${id}`, { body: "b" })).statusCode).toBe(403);
      expect((await call(user, "DELETE", `/v1/prompts/templates/${id}`)).statusCode).toBe(403);
    }
    expect((await call(globexAdmin, "GET", `/v1/prompts/templates/${id}`)).statusCode).toBe(404);
    expect((await call(globexAdmin, "PATCH", `/v1/prompts/templates/${id}`, { body: "b" })).statusCode).toBe(
      404,
    );
    expect((await call(globexAdmin, "DELETE", `/v1/prompts/templates/${id}`)).statusCode).toBe(404);
    const render = await call(globexAdmin, "POST", `/v1/prompts/templates/${id}/render`, {
      variables: { x: "1" },
    });
    expect(render.statusCode).toBe(404);
    expect((await call(globexAdmin, "GET", "/v1/prompts/templates")).json().templates).toEqual([]);
    // The same name is free in another tenant.
    expect(
      (await call(globexAdmin, "POST", "/v1/prompts/templates", { name: "Private", body: "G" })).statusCode,
    ).toBe(201);
    expect((await call(viewer, "GET", `/v1/prompts/templates/${id}`)).json().template.body).toBe(
      "Acme {{x}}",
    );
  });
});

describe("the OpenAPI document", () => {
  it("describes the prompt and privacy routes with their request and response schemas", async () => {
    const response = await testApp.app.inject({ method: "GET", url: "/v1/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json() as {
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/v1/prompts/system",
        "/v1/prompts/templates",
        "/v1/prompts/templates/{id}",
        "/v1/prompts/templates/{id}/render",
        "/v1/privacy/policy",
      ]),
    );
    expect(document.paths["/v1/prompts/templates/{id}/render"]?.post?.requestBody).toBeDefined();
    expect(document.paths["/v1/privacy/policy"]?.put?.responses["200"]).toBeDefined();
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["PromptTemplate", "TenantSystemPrompt", "PrivacyPolicy"]),
    );
  });
});
