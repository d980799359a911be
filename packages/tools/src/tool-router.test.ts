import { addGroupMember, createGroup, putGrant } from "@penny/auth";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArtifactRecorder } from "./__fixtures__/artifact-recorder.ts";
import { type DemoTenantFixture, seedDemoTenants } from "./__fixtures__/demo-tenant.ts";
import { echoTool, failingTool, gatedTool, hangingTool } from "./__fixtures__/test-tools.ts";
import { ToolArgumentsError } from "./errors/tool-arguments-error.ts";
import { ToolForbiddenError } from "./errors/tool-forbidden-error.ts";
import { ToolNotAllowedError } from "./errors/tool-not-allowed-error.ts";
import { UnknownToolError } from "./errors/unknown-tool-error.ts";
import { ToolRegistry } from "./registry.ts";
import type { Tool } from "./tool.ts";
import type { ToolCaller } from "./tool-caller.ts";
import { createToolRouter, type ToolRouter } from "./tool-router.ts";

let test: TestDatabase;
let demo: DemoTenantFixture;
let router: ToolRouter;

const gated = gatedTool("gated", 2);
const hanging = hangingTool("hanging", 20);
const cancellable = hangingTool("cancellable", 60_000);
const tools: Tool[] = [
  echoTool("echo"),
  echoTool("echo_user_denied"),
  echoTool("echo_group_allowed"),
  echoTool("echo_role_denied"),
  echoTool("echo_disabled"),
  echoTool("echo_disabled_but_granted"),
  echoTool("echo_admin_only", { permission: "tenant:manage" }),
  echoTool("asks_always", { approval: "always" }),
  echoTool("sends_mail", { sideEffect: true }),
  echoTool("sends_mail_relaxed", { sideEffect: true }),
  echoTool("echo_tenant_asks"),
  failingTool("failing"),
  echoTool("throws_plain", {
    execute: () => {
      throw new TypeError("boom");
    },
  }),
  gated.tool,
  hanging.tool,
  cancellable.tool,
];

/** Writes the tenant's own setting for a tool, as an admin screen would. */
async function setTool(name: string, setting: { enabled: boolean; requiresApproval: boolean }) {
  await test.database.withTenant(demo.acmeId, (tx) =>
    tx.insert(schema.tools).values({
      tenantId: demo.acmeId,
      name,
      source: "builtin",
      inputSchema: { type: "object" },
      ...setting,
    }),
  );
}

function contextFor(caller: ToolCaller) {
  return {
    tenantId: caller.tenantId,
    userId: caller.userId,
    database: test.database,
    now: new Date("2024-01-20T12:00:00Z"),
    createArtifact: createArtifactRecorder().createArtifact,
  };
}

beforeAll(async () => {
  test = await openTestDatabase();
  // A short history keeps the seed quick; these tests need the members, not the figures.
  demo = await seedDemoTenants(test.database, new Date("2024-01-20T00:00:00Z"));
  router = createToolRouter({ registry: new ToolRegistry(tools), database: test.database });

  const { manager, viewer, creator } = demo.callers;
  const grant = (
    subjectType: "user" | "group" | "role",
    subjectId: string,
    tool: string,
    effect: "allow" | "deny",
  ) =>
    putGrant(test.database, {
      tenantId: demo.acmeId,
      grant: { subjectType, subjectId, resourceType: "tool", resourceId: tool, effect },
    });
  await grant("user", manager.userId as string, "echo_user_denied", "deny");
  await grant("role", "creator", "echo_group_allowed", "deny");
  const group = await createGroup(test.database, { tenantId: demo.acmeId, name: "Analysts" });
  await addGroupMember(test.database, {
    tenantId: demo.acmeId,
    groupId: group.id,
    userId: creator.userId as string,
  });
  await grant("group", group.id, "echo_group_allowed", "allow");
  await grant("role", "manager", "echo_role_denied", "deny");
  await grant("role", "viewer", "echo_disabled_but_granted", "allow");
  await grant("user", viewer.userId as string, "echo", "allow");
  await setTool("echo_disabled", { enabled: false, requiresApproval: false });
  await setTool("echo_disabled_but_granted", { enabled: false, requiresApproval: false });
  await grant("role", "admin", "echo_disabled_but_granted", "allow");
  await setTool("sends_mail_relaxed", { enabled: true, requiresApproval: false });
  await setTool("echo_tenant_asks", { enabled: true, requiresApproval: true });
});

afterAll(async () => {
  await test?.dispose();
});

const authorize = (
  caller: ToolCaller,
  name: string,
  input: unknown = { text: "hi" },
  toolsAllowed?: string[],
) => router.authorize({ caller, name, arguments: input, toolsAllowed });

describe("authorize: the order of the checks", () => {
  it("an unknown tool is reported first, whatever else is wrong", async () => {
    const error = await authorize(demo.callers.viewer, "no_such_tool", { bad: true }, ["echo"]).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(UnknownToolError);
    expect(error.code).toBe("PENNY_TOOL_UNKNOWN");
    expect(error.message).toContain("no_such_tool");
  });

  it("then a tool outside the message's allowed list, before access and arguments", async () => {
    const error = await authorize(demo.callers.viewer, "echo_admin_only", { bad: true }, ["echo"]).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ToolNotAllowedError);
    expect(error.code).toBe("PENNY_TOOL_NOT_ALLOWED");
    expect(error.message).toContain("echo_admin_only");
  });

  it("then access, before arguments", async () => {
    const error = await authorize(demo.callers.viewer, "echo_admin_only", { bad: true }, [
      "echo_admin_only",
    ]).catch((e) => e);
    expect(error).toBeInstanceOf(ToolForbiddenError);
    expect(error.code).toBe("PENNY_TOOL_FORBIDDEN");
  });

  it("and last the arguments, each problem named by its path", async () => {
    const error = await authorize(demo.callers.admin, "echo_admin_only", { text: "", extra: 1 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ToolArgumentsError);
    expect(error.code).toBe("PENNY_TOOL_ARGUMENTS_INVALID");
    expect(error.message).toContain("/text must be at least 1 character long");
    expect(error.message).toContain("/extra is not allowed");
  });

  it("an empty or absent allowed list allows every tool; a list naming the tool allows it", async () => {
    for (const toolsAllowed of [undefined, [], ["echo", "failing"]]) {
      const call = await authorize(demo.callers.creator, "echo", { text: "hi" }, toolsAllowed);
      expect(call.tool.name).toBe("echo");
    }
  });

  it("returns validated arguments with the schema's defaults, leaving the caller's object alone", async () => {
    const input = { text: "hi" };
    const call = await authorize(demo.callers.creator, "echo", input);
    expect(call.arguments).toEqual({ text: "hi", times: 1 });
    expect(input).toEqual({ text: "hi" });
    expect(call.needsApproval).toBe(false);
  });
});

describe("authorize: who may use a tool", () => {
  it("a viewer's role lacks tools:use, so every tool is forbidden, even one a grant allows", async () => {
    for (const name of ["echo", "echo_disabled_but_granted"]) {
      const error = await authorize(demo.callers.viewer, name).catch((e) => e);
      expect(error).toBeInstanceOf(ToolForbiddenError);
      expect(error.message).toContain("tools:use");
    }
    expect(await router.available(demo.callers.viewer)).toEqual([]);
  });

  it("a tool needing another permission is forbidden to roles without it and allowed to those with it", async () => {
    await expect(authorize(demo.callers.manager, "echo_admin_only")).rejects.toBeInstanceOf(
      ToolForbiddenError,
    );
    await expect(authorize(demo.callers.admin, "echo_admin_only")).resolves.toMatchObject({
      needsApproval: false,
    });
  });

  it("a grant denying the user beats the role's permission; other members are unaffected", async () => {
    const error = await authorize(demo.callers.manager, "echo_user_denied").catch((e) => e);
    expect(error).toBeInstanceOf(ToolForbiddenError);
    expect(error.message).toContain("grant");
    await expect(authorize(demo.callers.creator, "echo_user_denied")).resolves.toBeDefined();
  });

  it("a group's allow beats a deny on the member's role", async () => {
    await expect(authorize(demo.callers.creator, "echo_group_allowed")).resolves.toBeDefined();
    await expect(authorize(demo.callers.manager, "echo_group_allowed")).resolves.toBeDefined();
  });

  it("a deny on the role applies to a caller without a user (a service key acting with that role)", async () => {
    const service: ToolCaller = { ...demo.callers.manager, userId: null };
    await expect(authorize(service, "echo_role_denied")).rejects.toBeInstanceOf(ToolForbiddenError);
    await expect(authorize(service, "echo")).resolves.toBeDefined();
    const roleless: ToolCaller = { ...service, role: null };
    await expect(authorize(roleless, "echo_role_denied")).resolves.toBeDefined();
  });

  it("a tool the tenant turned off is forbidden, unless a grant allows it", async () => {
    const error = await authorize(demo.callers.admin, "echo_disabled").catch((e) => e);
    expect(error).toBeInstanceOf(ToolForbiddenError);
    expect(error.message).toContain("turned off");
    await expect(authorize(demo.callers.admin, "echo_disabled_but_granted")).resolves.toBeDefined();
    await expect(authorize(demo.callers.manager, "echo_disabled_but_granted")).rejects.toBeInstanceOf(
      ToolForbiddenError,
    );
  });

  it("available lists exactly the tools each caller passes authorize for", async () => {
    for (const caller of Object.values(demo.callers)) {
      const listed = (await router.available(caller)).map((tool) => tool.name);
      const passing: string[] = [];
      for (const tool of tools) {
        if (
          await authorize(caller, tool.name).then(
            () => true,
            (error) => !(error instanceof ToolForbiddenError),
          )
        ) {
          passing.push(tool.name);
        }
      }
      expect(listed).toEqual(passing);
    }
    const managerTools = (await router.available(demo.callers.manager)).map((tool) => tool.name);
    expect(managerTools).toContain("echo");
    expect(managerTools).not.toContain("echo_user_denied");
    expect(managerTools).not.toContain("echo_disabled");
    expect(managerTools).not.toContain("echo_admin_only");
  });
});

describe("authorize: whether a call needs approval", () => {
  it.each([
    ["echo", false],
    ["asks_always", true],
    ["sends_mail", true],
    ["sends_mail_relaxed", false],
    ["echo_tenant_asks", true],
  ])("%s → %s", async (name, expected) => {
    const call = await authorize(demo.callers.creator, name);
    expect(call.needsApproval).toBe(expected);
  });
});

describe("execute", () => {
  it("returns the tool's result as succeeded", async () => {
    const call = await authorize(demo.callers.creator, "echo", { text: "ab", times: 2 });
    const execution = await router.execute(call, contextFor(demo.callers.creator));
    expect(execution.outcome).toBe("succeeded");
    expect(execution.result).toEqual({ summary: "Echoed abab", data: { text: "abab" } });
    expect(execution.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("reports a tool's own failure as failed with its message, without throwing", async () => {
    const call = await authorize(demo.callers.creator, "failing", { text: "Zeta" });
    const execution = await router.execute(call, contextFor(demo.callers.creator));
    expect(execution).toMatchObject({
      outcome: "failed",
      error: "Nothing called Zeta exists.",
      errorCode: "PENNY_TOOL_FAILED",
    });
    expect(execution.result).toBeUndefined();

    const plain = await router.execute(
      await authorize(demo.callers.creator, "throws_plain"),
      contextFor(demo.callers.creator),
    );
    expect(plain).toMatchObject({ outcome: "failed", error: "boom" });
  });

  it("times a call out: the outcome is timed_out and the tool sees its signal aborted", async () => {
    const call = await authorize(demo.callers.creator, "hanging");
    const execution = await router.execute(call, contextFor(demo.callers.creator));
    expect(execution.outcome).toBe("timed_out");
    expect(execution.error).toContain("20 ms");
    expect(await hanging.observed).toEqual({ aborted: true, reason: "TimeoutError" });
    expect(router.runningCount("hanging")).toBe(0);
  });

  it("cancels a running call when the caller's signal aborts", async () => {
    const call = await authorize(demo.callers.creator, "cancellable");
    const controller = new AbortController();
    const running = router.execute(call, contextFor(demo.callers.creator), { signal: controller.signal });
    await cancellable.started;
    controller.abort(new Error("the person pressed stop"));
    expect((await running).outcome).toBe("cancelled");
    expect((await cancellable.observed).aborted).toBe(true);
  });

  it("does not start a call whose signal is already aborted", async () => {
    const call = await authorize(demo.callers.creator, "echo");
    let ran = false;
    const execution = await router.execute(
      {
        ...call,
        tool: {
          ...call.tool,
          execute: async () => {
            ran = true;
            return { summary: "ran", data: null };
          },
        },
      },
      contextFor(demo.callers.creator),
      { signal: AbortSignal.abort() },
    );
    expect(execution.outcome).toBe("cancelled");
    expect(ran).toBe(false);
  });

  it("runs at most the tool's concurrency at once; the rest queue and all finish", async () => {
    const call = await authorize(demo.callers.creator, "gated", { text: "x" });
    const context = contextFor(demo.callers.creator);
    const executions = Array.from({ length: 5 }, () => router.execute(call, context));

    await gated.started(2);
    expect(gated.running).toBe(2);
    expect(router.runningCount("gated")).toBe(2);
    expect(router.queueLength("gated")).toBe(3);

    for (let finished = 0; finished < 5; finished++) {
      await gated.started(Math.min(5, finished + 2));
      expect(gated.running).toBeLessThanOrEqual(2);
      gated.openOne();
    }
    const outcomes = (await Promise.all(executions)).map((execution) => execution.outcome);
    expect(outcomes).toEqual(Array(5).fill("succeeded"));
    expect(gated.mostAtOnce).toBe(2);
    expect(router.queueLength("gated")).toBe(0);
    expect(router.runningCount("gated")).toBe(0);
  });

  it("a call cancelled while it waits for a slot leaves the queue without running", async () => {
    const call = await authorize(demo.callers.creator, "gated", { text: "y" });
    const context = contextFor(demo.callers.creator);
    const first = router.execute(call, context);
    const second = router.execute(call, context);
    await gated.started(7);
    const controller = new AbortController();
    const queued = router.execute(call, context, { signal: controller.signal });
    expect(router.queueLength("gated")).toBe(1);
    controller.abort();
    expect(await queued).toMatchObject({ outcome: "cancelled", durationMs: 0 });
    expect(router.queueLength("gated")).toBe(0);
    gated.openOne();
    gated.openOne();
    expect((await Promise.all([first, second])).map((execution) => execution.outcome)).toEqual([
      "succeeded",
      "succeeded",
    ]);
    expect(gated.mostAtOnce).toBe(2);
  });
});
