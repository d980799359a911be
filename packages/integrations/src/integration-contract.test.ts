import { ToolRegistry } from "@penny/tools";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createIntegrationTools } from "./integration-tools.ts";
import { integrations } from "./registry.ts";

/** What every registered integration must satisfy; a new integration runs through this without edits here. */
describe.each(integrations.map((integration) => [integration.id, integration] as const))(
  "integration contract: %s",
  (_, integration) => {
    it("has a stable id, a name and a description", () => {
      expect(integration.id).toMatch(/^[a-z][a-z0-9-]{0,40}$/);
      expect(integration.name.trim()).not.toBe("");
      expect(integration.description.trim()).not.toBe("");
    });

    it("contributes tools the registry accepts, named uniquely across integrations", () => {
      const tools = createIntegrationTools({
        masterKey: Buffer.alloc(32),
        egress: { request: () => Promise.reject(new Error("not called")) },
        integrations: [integration],
      });
      expect(() => new ToolRegistry(tools)).not.toThrow();
      expect(tools.length).toBeGreaterThan(0);
      for (const tool of tools) expect(tool.availableFor).toBeTypeOf("function");
      const everyName = integrations.flatMap((each) => each.tools.map((tool) => tool.name));
      expect(new Set(everyName).size).toBe(everyName.length);
    });

    it("describes its settings and credentials as JSON Schema and refuses empty credentials", () => {
      expect(z.toJSONSchema(integration.configSchema, { io: "input" })).toMatchObject({ type: "object" });
      expect(z.toJSONSchema(integration.secretSchema, { io: "input" })).toMatchObject({ type: "object" });
      expect(integration.secretSchema.safeParse({}).success).toBe(false);
    });
  },
);
