import { startOpenAITestDouble, type VendorTestDouble } from "@penny/models/testing";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { type ChatTestApp, openChatTestApp } from "./chat-fixture.ts";
import type { FixtureUser } from "./identity-fixture.ts";

/** A chat test app with memory and presets, an OpenAI test double, and a caller for JSON requests. */
export interface MemoryAndPresetsApp {
  testApp: ChatTestApp;
  /** A test double of the OpenAI API; becomes the tenant's model once `addVendorProvider` is called. */
  vendor: VendorTestDouble;
  call(
    user: FixtureUser,
    method: "GET" | "POST" | "PATCH" | "DELETE",
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** Configures the test double as Acme's OpenAI provider `vendor` with these models (all external). */
  addVendorProvider(models: { id: string; size: "small" | "large" }[]): Promise<void>;
  /** What the vendor's model received with the latest request: model, tool names, system prompt. */
  lastVendorRequest(): { model: unknown; tools: string[]; system: string };
  dispose(): Promise<void>;
}

/** Opens the app (memory and preset routes and prompt sections as the app wires them) with an OpenAI test double. */
export async function openMemoryAndPresetsApp(vendorAnswer: string): Promise<MemoryAndPresetsApp> {
  const vendor = await startOpenAITestDouble({ defaultScenario: { type: "text", text: vendorAnswer } });
  const testApp = await openChatTestApp();
  const { app } = testApp;
  await app.ready();

  const call: MemoryAndPresetsApp["call"] = async (user, method, url, payload) =>
    app.inject({
      method,
      url,
      headers: await testApp.headersFor(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    testApp,
    vendor,
    call,
    addVendorProvider: async (models) => {
      const created = await call(testApp.users.admin, "POST", "/v1/models/providers", {
        kind: "openai",
        name: "vendor",
        baseUrl: vendor.baseUrl,
        apiKey: "sk-test",
        models: models.map((model) => ({ ...model, local: false })),
      });
      if (created.statusCode !== 201) throw new Error(`provider not created: ${created.body}`);
    },
    lastVendorRequest: () => {
      const body = vendor.requests.at(-1)?.body ?? {};
      const messages = (body.messages ?? []) as { role: string; content: unknown }[];
      return {
        model: body.model,
        tools: ((body.tools ?? []) as { function: { name: string } }[]).map((tool) => tool.function.name),
        system: messages
          .filter((message) => message.role === "system")
          .map((message) => String(message.content))
          .join("\n"),
      };
    },
    dispose: async () => {
      await testApp.dispose();
      await vendor.close();
    },
  };
}

/** The app of one test file: opened before its tests, disposed after; read its fields inside tests only. */
export function useMemoryAndPresetsApp(vendorAnswer: string): MemoryAndPresetsApp {
  const fixture = {} as MemoryAndPresetsApp;
  beforeAll(async () => {
    Object.assign(fixture, await openMemoryAndPresetsApp(vendorAnswer));
  });
  afterAll(() => fixture.dispose?.());
  return fixture;
}
