import { schema } from "@penny/db";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { chunksOf } from "../__fixtures__/chat-fixture.ts";
import type { FixtureUser } from "../__fixtures__/identity-fixture.ts";
import {
  type MemoryAndPresetsApp,
  useMemoryAndPresetsApp,
} from "../__fixtures__/memory-and-presets-fixture.ts";

const fixture = useMemoryAndPresetsApp("Arr, done.");
const call: MemoryAndPresetsApp["call"] = (...request) => fixture.call(...request);

interface Preset {
  id: string;
  name: string;
  scope: "personal" | "workspace";
}

async function presetsOf(user: FixtureUser): Promise<Preset[]> {
  const response = await call(user, "GET", "/v1/presets");
  expect(response.statusCode, response.body).toBe(200);
  return response.json().presets;
}

async function create(user: FixtureUser, body: Record<string, unknown>): Promise<Preset> {
  const response = await call(user, "POST", "/v1/presets", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().preset;
}

describe("presets over HTTP", () => {
  it("creates, lists, changes and deletes a personal preset; names are unique per owner (409)", async () => {
    const { creator, manager } = fixture.testApp.users;
    const preset = await create(creator, {
      name: "Weekly report",
      instructions: "Use bullet points.",
      model: "vendor/gpt-test",
      toolsAllowed: ["get_company_kpis", "get_company_kpis"],
    });
    expect(preset).toMatchObject({
      name: "Weekly report",
      scope: "personal",
      model: "vendor/gpt-test",
      toolsAllowed: ["get_company_kpis"],
    });
    expect((await presetsOf(creator)).map((item) => item.id)).toContain(preset.id);

    const taken = await call(creator, "POST", "/v1/presets", { name: "weekly REPORT" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toBe(
      'A preset named "weekly REPORT" already exists here: choose another name.',
    );
    // Another person keeps their own names.
    await create(manager, { name: "Weekly report" });

    const changed = await call(creator, "PATCH", `/v1/presets/${preset.id}`, {
      name: "Monday report",
      model: null,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().preset).toMatchObject({
      name: "Monday report",
      model: null,
      instructions: "Use bullet points.",
    });
    expect((await call(creator, "PATCH", `/v1/presets/${preset.id}`, {})).statusCode).toBe(400);

    expect((await call(creator, "DELETE", `/v1/presets/${preset.id}`)).statusCode).toBe(204);
    expect((await call(creator, "DELETE", `/v1/presets/${preset.id}`)).statusCode).toBe(404);

    const audit = await fixture.testApp.database.withTenant(fixture.testApp.acme.id, (tx) =>
      tx
        .select()
        .from(schema.auditEvents)
        .where(eq(schema.auditEvents.target, `preset:${preset.id}`)),
    );
    expect(audit.map((event) => event.action)).toEqual(["preset.create", "preset.update", "preset.delete"]);
  });

  it("refuses unknown tools, malformed models and empty names with 400 and a readable message", async () => {
    const { creator } = fixture.testApp.users;
    const unknownTool = await call(creator, "POST", "/v1/presets", {
      name: "Bad",
      toolsAllowed: ["launch_rocket"],
    });
    expect(unknownTool.statusCode).toBe(400);
    expect(unknownTool.json().detail).toMatch(
      /"launch_rocket", which is no tool here; the tools are: .*get_company_kpis/,
    );
    const badModel = await call(creator, "POST", "/v1/presets", { name: "Bad", model: "vendor/\u0007gpt" });
    expect(badModel.statusCode).toBe(400);
    expect(badModel.json().detail).toMatch(/model: must not contain control characters/);
    const noName = await call(creator, "POST", "/v1/presets", { name: "  " });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().detail).toMatch(/name: must not be empty/);
    expect((await presetsOf(creator)).map((item) => item.name)).not.toContain("Bad");
  });

  it("lets only policy managers save or change workspace presets, which everyone in the tenant sees", async () => {
    const { creator, admin, globexAdmin } = fixture.testApp.users;
    const refused = await call(creator, "POST", "/v1/presets", { name: "Board pack", scope: "workspace" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/save it as your own/);
    const shared = await create(admin, {
      name: "Board pack",
      scope: "workspace",
      instructions: "Be formal.",
    });
    expect((await presetsOf(creator)).find((item) => item.id === shared.id)?.scope).toBe("workspace");
    expect(
      (await call(admin, "POST", "/v1/presets", { name: "board PACK", scope: "workspace" })).statusCode,
    ).toBe(409);
    expect((await call(creator, "PATCH", `/v1/presets/${shared.id}`, { name: "Mine" })).statusCode).toBe(403);
    expect((await call(creator, "DELETE", `/v1/presets/${shared.id}`)).statusCode).toBe(403);
    expect(
      (await call(admin, "PATCH", `/v1/presets/${shared.id}`, { instructions: "Be brief." })).statusCode,
    ).toBe(200);

    // Another tenant neither sees nor touches it.
    expect((await presetsOf(globexAdmin)).map((item) => item.id)).not.toContain(shared.id);
    expect((await call(globexAdmin, "DELETE", `/v1/presets/${shared.id}`)).statusCode).toBe(404);
    expect((await call(globexAdmin, "PATCH", `/v1/presets/${shared.id}`, { name: "Ours" })).statusCode).toBe(
      404,
    );
  });

  it("keeps personal presets from other people of the tenant (404)", async () => {
    const { creator, admin } = fixture.testApp.users;
    const own = await create(creator, { name: "Private" });
    expect((await presetsOf(admin)).map((item) => item.id)).not.toContain(own.id);
    expect((await call(admin, "PATCH", `/v1/presets/${own.id}`, { name: "Taken" })).statusCode).toBe(404);
    expect((await call(admin, "DELETE", `/v1/presets/${own.id}`)).statusCode).toBe(404);
    expect((await presetsOf(creator)).find((item) => item.id === own.id)?.name).toBe("Private");
  });
});

describe("the OpenAPI document", () => {
  it("describes the memory and preset routes and the chat's presetId", async () => {
    const document = (await fixture.testApp.app.inject({ method: "GET", url: "/v1/openapi.json" })).json();
    for (const path of ["/v1/memories", "/v1/memories/{id}", "/v1/presets", "/v1/presets/{id}"]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    const send = document.paths["/v1/chat/{conversationId}/messages"].post;
    expect(JSON.stringify(send.requestBody)).toContain("presetId");
  });
});

describe("a preset applied to a message", () => {
  let conversationId: string;

  beforeAll(async () => {
    await fixture.addVendorProvider([
      { id: "gpt-test", size: "large" },
      { id: "gpt-small", size: "small" },
    ]);
    const conversation = await call(fixture.testApp.users.creator, "POST", "/v1/conversations", {});
    conversationId = conversation.json().conversation.id;
  });

  async function send(payload: Record<string, unknown>, user = fixture.testApp.users.creator) {
    const response = await call(user, "POST", `/v1/chat/${conversationId}/messages`, payload);
    // The stream ends with the answer's last event; the run's own last update may still be on its way.
    await fixture.testApp.app.chat.settled();
    return response;
  }

  const lastRequest = () => fixture.lastVendorRequest();

  it("uses the preset's model, tools and instructions where the message names none", async () => {
    const preset = await create(fixture.testApp.users.creator, {
      name: "Pirate KPIs",
      instructions: "Answer like a pirate.",
      model: "vendor/gpt-small",
      toolsAllowed: ["get_company_kpis"],
    });
    fixture.vendor.enqueue(
      { type: "tool-call", name: "get_company_kpis", args: { period: "QTD", unit: "company" } },
      { type: "text", text: "Arr, revenue be up." },
    );
    const answered = await send({ content: "How is revenue doing?", presetId: preset.id });
    expect(answered.statusCode, answered.body).toBe(200);
    const chunks = chunksOf(answered.body).map((entry) => entry.chunk);
    expect(chunks.find((chunk) => chunk.type === "tool-output-available")).toBeDefined();
    expect(chunks.find((chunk) => chunk.type === "tool-input-available")?.toolName).toBe("get_company_kpis");
    const sent = lastRequest();
    expect(sent.model).toBe("gpt-small");
    expect(sent.tools).toEqual(["get_company_kpis"]);
    expect(sent.system).toContain('Instructions from the preset "Pirate KPIs":\nAnswer like a pirate.');

    // What the message names wins over the preset; its instructions still apply.
    const overridden = await send({
      content: "Open the sales dashboard",
      presetId: preset.id,
      model: "vendor/gpt-test",
      toolsAllowed: ["load_dashboard"],
    });
    expect(overridden.statusCode).toBe(200);
    expect(lastRequest()).toMatchObject({ model: "gpt-test", tools: ["load_dashboard"] });
    expect(lastRequest().system).toContain("Answer like a pirate.");

    // Without a preset, no instructions and every tool.
    await send({ content: "Hello" });
    expect(lastRequest().system).not.toContain("pirate");
    expect(lastRequest().tools.length).toBeGreaterThan(1);
  });

  it("applies a workspace preset to anyone in the tenant; an unknown or another person's preset is 404", async () => {
    const workspace = await create(fixture.testApp.users.admin, {
      name: "House style",
      scope: "workspace",
      instructions: "Sign every answer as Penny.",
    });
    expect((await send({ content: "Hi", presetId: workspace.id })).statusCode).toBe(200);
    expect(lastRequest().system).toContain("Sign every answer as Penny.");

    const before = fixture.vendor.requests.length;
    const unknown = await send({ content: "Hi", presetId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe("No such preset.");
    const foreign = await create(fixture.testApp.users.manager, {
      name: "Maria's own",
      instructions: "Secret.",
    });
    expect((await send({ content: "Hi", presetId: foreign.id })).statusCode).toBe(404);
    expect(fixture.vendor.requests.length).toBe(before);
    expect((await send({ content: "Hi", presetId: "not-a-uuid" })).statusCode).toBe(400);
  });
});
