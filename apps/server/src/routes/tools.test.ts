import { schema } from "@penny/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, openChatTestApp } from "../__fixtures__/chat-fixture.ts";

let testApp: ChatTestApp;

beforeAll(async () => {
  testApp = await openChatTestApp();
  await testApp.app.ready();
});
afterAll(() => testApp?.dispose());

async function invoke(user: keyof ChatTestApp["users"], name: string, args: unknown) {
  return testApp.app.inject({
    method: "POST",
    url: `/v1/tools/${name}/invoke`,
    headers: await testApp.headersFor(testApp.users[user]),
    payload: { arguments: args },
  });
}

describe("tools over HTTP", () => {
  it("lists what the caller may use and runs a tool through the router, making its chart", async () => {
    const creator = await testApp.app.inject({
      method: "GET",
      url: "/v1/tools",
      headers: await testApp.headersFor(testApp.users.creator),
    });
    expect(creator.json().tools.map((tool: { name: string }) => tool.name)).toEqual([
      "get_company_kpis",
      "load_dashboard",
      "render_chart",
      "run_python_job",
      "search_documents",
    ]);
    const viewer = await testApp.app.inject({
      method: "GET",
      url: "/v1/tools",
      headers: await testApp.headersFor(testApp.users.viewer),
    });
    expect(viewer.json().tools.map((tool: { name: string }) => tool.name)).toEqual([
      "load_dashboard",
      "search_documents",
    ]);

    const ran = await invoke("creator", "get_company_kpis", { period: "MTD", unit: "company" });
    expect(ran.statusCode, ran.body).toBe(200);
    expect(ran.json().outcome).toBe("succeeded");
    expect(ran.json().summary).toMatch(/MTD/);
    expect(ran.json().artifacts[0].kind).toBe("chart");
  });

  it("runs a Python job in the sandbox and stores its matplotlib chart as an image artifact", async () => {
    const ran = await invoke("creator", "run_python_job", {
      script:
        "import matplotlib.pyplot as plt\nplt.bar(['a', 'b'], [3, 5])\nplt.savefig('out/bars.png')\nprint('drawn')",
      timeoutSec: 60,
    });
    expect(ran.statusCode, ran.body).toBe(200);
    expect(ran.json().outcome).toBe("succeeded");
    expect(ran.json().artifacts).toMatchObject([{ kind: "image", mime: "image/png", title: "bars.png" }]);
    const refused = await invoke("creator", "run_python_job", { script: "import subprocess" });
    expect(refused.json().outcome).toBe("failed");
    expect(refused.json().error).toContain('line 1: import of "subprocess"');
  });

  it("unknown tool and bad arguments → 400 naming the path; a tool the role may not use → 403, audited", async () => {
    const unknown = await invoke("creator", "launch_rockets", {});
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe("PENNY_TOOL_UNKNOWN");
    const bad = await invoke("creator", "get_company_kpis", { period: "DECADE", unit: "company" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/\/period/);
    const forbidden = await invoke("viewer", "load_dashboard", { slug: "nope" });
    expect(forbidden.statusCode).toBe(400);
    const denied = await testApp.app.inject({
      method: "POST",
      url: "/v1/tools/get_company_kpis/invoke",
      headers: await testApp.headersFor(testApp.users.viewer),
      payload: { arguments: { period: "MTD", unit: "company" } },
    });
    // Viewers lack tools:use: the router refuses them.
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe("PENNY_TOOL_FORBIDDEN");
    // A grant can take a tool away from a role that otherwise has it: then the router refuses, also audited.
    await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx.insert(schema.grants).values({
        tenantId: testApp.acme.id,
        subjectType: "role",
        subjectId: "creator",
        resourceType: "tool",
        resourceId: "render_chart",
        effect: "deny",
      }),
    );
    const refused = await invoke("creator", "render_chart", { data: [{ a: 1, b: 2 }], x: "a", y: "b" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("PENNY_TOOL_FORBIDDEN");
    const audit = await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx.select().from(schema.auditEvents),
    );
    expect(
      audit.some(
        (event) =>
          event.action === "tool.invoke" &&
          event.outcome === "denied" &&
          event.target === "tool:render_chart",
      ),
    ).toBe(true);
  });
});
