import { schema } from "@penny/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, chunksOf, openChatTestApp } from "../__fixtures__/chat-fixture.ts";
import type { FixtureUser } from "../__fixtures__/identity-fixture.ts";

let testApp: ChatTestApp;

beforeAll(async () => {
  testApp = await openChatTestApp();
  await testApp.app.ready();
});
afterAll(() => testApp?.dispose());

async function newConversation(user: FixtureUser, body: Record<string, unknown> = {}) {
  const response = await testApp.app.inject({
    method: "POST",
    url: "/v1/conversations",
    headers: await testApp.headersFor(user),
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().conversation as { id: string };
}

async function ask(user: FixtureUser, conversationId: string, payload: Record<string, unknown>) {
  const response = await testApp.app.inject({
    method: "POST",
    url: `/v1/chat/${conversationId}/messages`,
    headers: await testApp.headersFor(user),
    payload,
  });
  return response;
}

function types(chunks: ReturnType<typeof chunksOf>) {
  return chunks.map((entry) => entry.chunk.type);
}

describe("ask → act → see through HTTP", () => {
  it("answers 'What's our revenue this quarter?' with get_company_kpis (QTD, company), a chart and a figure", async () => {
    const conversation = await newConversation(testApp.users.admin);
    const response = await ask(testApp.users.admin, conversation.id, {
      content: "What's our revenue this quarter?",
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/event-stream/);
    expect(response.headers["x-vercel-ai-ui-message-stream"]).toBe("v1");
    expect(response.body.trimEnd().endsWith("data: [DONE]")).toBe(true);
    const chunks = chunksOf(response.body);
    const seqs = chunks.map((entry) => entry.seq);
    expect(seqs).toEqual(seqs.map((_, index) => (seqs[0] as number) + index));
    expect(types(chunks)[0]).toBe("start");
    expect(types(chunks).at(-1)).toBe("finish");

    const call = chunks.find((entry) => entry.chunk.type === "tool-input-available")?.chunk;
    expect(call?.toolName).toBe("get_company_kpis");
    expect(call?.input).toEqual({ period: "QTD", unit: "company" });
    const output = chunks.find((entry) => entry.chunk.type === "tool-output-available")?.chunk as unknown as {
      output: { summary: string; data: { kpis: { revenue: { value: number } } } };
    };
    expect(output.output.summary).toMatch(/revenue/i);
    const timing = chunks.find((entry) => entry.chunk.type === "data-tool-timing")?.chunk as unknown as {
      data: { toolCallId: string; durationMs: number; outcome: string };
    };
    expect(timing.data).toMatchObject({ toolCallId: call?.toolCallId, outcome: "succeeded" });
    expect(timing.data.durationMs).toBeGreaterThanOrEqual(0);
    const artifact = chunks.find((entry) => entry.chunk.type === "data-artifact")?.chunk as unknown as {
      data: { id: string; kind: string };
    };
    expect(artifact.data.kind).toBe("chart");
    const text = chunks
      .filter((entry) => entry.chunk.type === "text-delta")
      .map((entry) => entry.chunk.delta)
      .join("");
    expect(text.length).toBeGreaterThan(10);
    // The answer states the figure the tool returned (in some rounding).
    const revenue = output.output.data.kpis.revenue.value;
    expect(revenue).toBeGreaterThan(0);
    expect(text).toMatch(/revenue|ingres/i);

    // The tree has the question and the answer, with the tool part and the artifact in the answer.
    const read = await testApp.app.inject({
      method: "GET",
      url: `/v1/conversations/${conversation.id}`,
      headers: await testApp.headersFor(testApp.users.admin),
    });
    const tree = read.json() as {
      conversation: { title: string };
      messages: { id: string; role: string; parts: { type: string }[] }[];
      activePath: string[];
      stream: { lastSeq: number; activeRun: unknown };
    };
    expect(tree.activePath).toHaveLength(2);
    // The first question names the conversation; the stream state says where a resuming client stands.
    expect(tree.conversation.title).toBe("What's our revenue this quarter?");
    expect(tree.stream).toEqual({ lastSeq: chunks.at(-1)?.seq, activeRun: null });
    const answer = tree.messages.find((message) => message.role === "assistant");
    expect(answer?.parts.map((part) => part.type)).toEqual(
      expect.arrayContaining(["tool-get_company_kpis", "data-artifact", "text"]),
    );

    // Stored and audited with hashes; the model choice is audited too (with the run's last update).
    await testApp.app.chat.settled();
    const { invocations, audit } = await testApp.database.withTenant(testApp.acme.id, async (tx) => ({
      invocations: await tx.select().from(schema.toolInvocations),
      audit: await tx.select().from(schema.auditEvents),
    }));
    const invocation = invocations.find((row) => row.toolName === "get_company_kpis");
    expect(invocation?.status).toBe("succeeded");
    expect(invocation?.argumentsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(invocation?.resultHash).toMatch(/^[0-9a-f]{64}$/);
    const toolEvent = audit.find((event) => event.action === "tool.invoke" && event.outcome === "success");
    expect(toolEvent?.data).toMatchObject({
      argumentsHash: invocation?.argumentsHash,
      resultHash: invocation?.resultHash,
    });
    expect(audit.some((event) => event.action === "model.select" && event.target === "model:builtin")).toBe(
      true,
    );

    // The chart is a stored artifact whose lineage points at this conversation and run.
    const version = await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx
        .select()
        .from(schema.artifactVersions)
        .where(eq(schema.artifactVersions.artifactId, artifact.data.id)),
    );
    expect(version[0]?.lineage).toMatchObject({
      conversationId: conversation.id,
      toolName: "get_company_kpis",
    });
  });

  it("replays exactly the missed events after a cut at any point (Last-Event-ID or ?after=), none lost or repeated", async () => {
    const conversation = await newConversation(testApp.users.admin);
    const full = chunksOf(
      (await ask(testApp.users.admin, conversation.id, { content: "revenue so far this year" })).body,
    );
    const headers = await testApp.headersFor(testApp.users.admin);
    const first = full[0]?.seq as number;
    const last = full.at(-1)?.seq as number;
    for (const cut of [first - 1, first, first + 3, Math.floor((first + last) / 2), last - 1, last]) {
      const viaHeader = await testApp.app.inject({
        method: "GET",
        url: `/v1/chat/${conversation.id}/stream`,
        headers: { ...headers, "last-event-id": String(cut) },
      });
      const viaQuery = await testApp.app.inject({
        method: "GET",
        url: `/v1/chat/${conversation.id}/stream?after=${cut}`,
        headers,
      });
      const expected = full.filter((entry) => entry.seq > cut);
      expect(chunksOf(viaHeader.body)).toEqual(expected);
      expect(chunksOf(viaQuery.body)).toEqual(expected);
    }
  });

  it("branches: an edit and a regeneration become siblings; compare shows both branches", async () => {
    const user = testApp.users.admin;
    const conversation = await newConversation(user);
    const firstAsk = await ask(user, conversation.id, { content: "revenue this month" });
    const questionId = firstAsk.headers["x-penny-user-message-id"] as string;
    const firstAnswerId = firstAsk.headers["x-penny-message-id"] as string;
    // Edit: a new question under the same parent (the root) makes a sibling of the first question.
    const edited = await ask(user, conversation.id, { content: "revenue this year", parentMessageId: null });
    expect(edited.statusCode).toBe(200);
    const editedQuestionId = edited.headers["x-penny-user-message-id"] as string;
    // Regenerate the first answer: a sibling answer under the first question.
    const regenerated = await testApp.app.inject({
      method: "POST",
      url: `/v1/chat/${conversation.id}/messages/${firstAnswerId}/regenerate`,
      headers: await testApp.headersFor(user),
      payload: {},
    });
    expect(regenerated.statusCode, regenerated.body).toBe(200);
    const secondAnswerId = regenerated.headers["x-penny-message-id"] as string;

    const tree = (
      await testApp.app.inject({
        method: "GET",
        url: `/v1/conversations/${conversation.id}`,
        headers: await testApp.headersFor(user),
      })
    ).json() as { messages: { id: string; siblingIds: string[] }[]; activePath: string[] };
    const byId = new Map(tree.messages.map((message) => [message.id, message]));
    expect(byId.get(questionId)?.siblingIds).toEqual([questionId, editedQuestionId]);
    expect(byId.get(firstAnswerId)?.siblingIds).toEqual([firstAnswerId, secondAnswerId]);
    expect(tree.activePath).toEqual([questionId, secondAnswerId]);

    const compare = await testApp.app.inject({
      method: "GET",
      url: `/v1/conversations/${conversation.id}/compare?a=${firstAnswerId}&b=${secondAnswerId}`,
      headers: await testApp.headersFor(user),
    });
    expect(compare.statusCode, compare.body).toBe(200);
    const sides = compare.json() as { common: { id: string }[]; a: { id: string }[]; b: { id: string }[] };
    expect(sides.common.map((message) => message.id)).toEqual([questionId]);
    expect(sides.a.map((message) => message.id)).toEqual([firstAnswerId]);
    expect(sides.b.map((message) => message.id)).toEqual([secondAnswerId]);

    // Switching back to the edited branch.
    const switched = await testApp.app.inject({
      method: "PUT",
      url: `/v1/conversations/${conversation.id}/active`,
      headers: await testApp.headersFor(user),
      payload: { messageId: editedQuestionId },
    });
    expect(switched.statusCode, switched.body).toBe(200);
    expect(switched.json().activeLeafId).toBe(edited.headers["x-penny-message-id"]);
  });

  it("a viewer's KPI request is refused by the router; the model is told and the refusal is audited", async () => {
    const viewer = testApp.users.viewer;
    const conversation = await newConversation(viewer);
    const response = await ask(viewer, conversation.id, { content: "What's our revenue this quarter?" });
    expect(response.statusCode).toBe(200);
    const chunks = chunksOf(response.body);
    const refusal = chunks.find((entry) => entry.chunk.type === "tool-output-error")?.chunk;
    // Viewers lack tools:use, so the tool is not even offered; either way nothing runs.
    expect(chunks.some((entry) => entry.chunk.type === "tool-output-available")).toBe(false);
    expect(types(chunks).at(-1)).toBe("finish");
    if (refusal) expect(String(refusal.errorText)).toMatch(/PENNY_TOOL_FORBIDDEN/);
  });
});

describe("run metrics", () => {
  it("exports time to first token, tokens, runs by status and tool calls on /metrics", async () => {
    const metrics = await testApp.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.statusCode).toBe(200);
    const count = (pattern: RegExp) => Number(metrics.body.match(pattern)?.[1] ?? Number.NaN);
    expect(count(/penny_run_time_to_first_token_seconds_count\{model="builtin"\} (\d+)/)).toBeGreaterThan(0);
    expect(count(/penny_runs_total\{model="builtin",status="succeeded"\} (\d+)/)).toBeGreaterThan(0);
    expect(count(/penny_tool_calls_total\{outcome="ok"\} (\d+)/)).toBeGreaterThan(0);
    expect(count(/penny_run_tokens_total\{model="builtin",direction="output"\} (\d+)/)).toBeGreaterThan(0);
  });
});

describe("human approval", () => {
  async function requireApprovalFor(toolName: string) {
    await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx
        .insert(schema.tools)
        .values({
          tenantId: testApp.acme.id,
          name: toolName,
          source: "builtin",
          inputSchema: {},
          requiresApproval: true,
        })
        .onConflictDoUpdate({
          target: [schema.tools.tenantId, schema.tools.name],
          set: { requiresApproval: true },
        }),
    );
  }
  async function relax(toolName: string) {
    await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx
        .delete(schema.tools)
        .where(and(eq(schema.tools.tenantId, testApp.acme.id), eq(schema.tools.name, toolName))),
    );
  }

  async function pausedRun() {
    const user = testApp.users.manager;
    const conversation = await newConversation(user);
    const response = await ask(user, conversation.id, { content: "What's our revenue this quarter?" });
    const chunks = chunksOf(response.body);
    const request = chunks.find((entry) => entry.chunk.type === "data-approval")?.chunk as unknown as {
      data: { approvalId: string; toolName: string; arguments: unknown; expiresAt: string };
    };
    expect(types(chunks)).toContain("tool-approval-request");
    expect(types(chunks).at(-1)).toBe("finish");
    expect(request.data.toolName).toBe("get_company_kpis");
    return { user, conversation, approvalId: request.data.approvalId, lastSeq: chunks.at(-1)?.seq as number };
  }

  async function resume(user: FixtureUser, conversationId: string, after: number) {
    const response = await testApp.app.inject({
      method: "GET",
      url: `/v1/chat/${conversationId}/stream?after=${after}`,
      headers: await testApp.headersFor(user),
    });
    return chunksOf(response.body);
  }

  async function settle() {
    await testApp.app.chat.settled();
  }

  beforeAll(() => requireApprovalFor("get_company_kpis"));
  afterAll(() => relax("get_company_kpis"));

  it("approve: the paused call runs and the answer continues on the stream", async () => {
    const { user, conversation, approvalId, lastSeq } = await pausedRun();
    const decided = await testApp.app.inject({
      method: "POST",
      url: `/v1/approvals/${approvalId}`,
      headers: await testApp.headersFor(user),
      payload: { decision: "approve" },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().status).toBe("approved");
    await settle();
    const rest = await resume(user, conversation.id, lastSeq);
    expect(rest[0]?.seq).toBe(lastSeq + 1);
    expect(types(rest)).toContain("tool-output-available");
    expect(types(rest)).toContain("data-artifact");
    expect(types(rest).at(-1)).toBe("finish");
    const again = await testApp.app.inject({
      method: "POST",
      url: `/v1/approvals/${approvalId}`,
      headers: await testApp.headersFor(user),
      payload: { decision: "deny" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("PENNY_APPROVAL_DECIDED");
  });

  it("approve with edited arguments: they are checked against the schema, then used", async () => {
    const { user, conversation, approvalId, lastSeq } = await pausedRun();
    const bad = await testApp.app.inject({
      method: "POST",
      url: `/v1/approvals/${approvalId}`,
      headers: await testApp.headersFor(user),
      payload: { decision: "approve", editedArgs: { period: "DECADE", unit: "company" } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/period/);
    const good = await testApp.app.inject({
      method: "POST",
      url: `/v1/approvals/${approvalId}`,
      headers: await testApp.headersFor(user),
      payload: { decision: "approve", editedArgs: { period: "YTD", unit: "company" } },
    });
    expect(good.statusCode, good.body).toBe(200);
    await settle();
    const rest = await resume(user, conversation.id, lastSeq);
    const output = rest.find((entry) => entry.chunk.type === "tool-output-available")?.chunk as unknown as {
      output: { data: { period: string } };
    };
    expect(output.output.data.period).toBe("YTD");
  });

  it("deny: the call never runs and the answer says so", async () => {
    const { user, conversation, approvalId, lastSeq } = await pausedRun();
    const decided = await testApp.app.inject({
      method: "POST",
      url: `/v1/approvals/${approvalId}`,
      headers: await testApp.headersFor(user),
      payload: { decision: "deny", reason: "not now" },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    await settle();
    const rest = await resume(user, conversation.id, lastSeq);
    expect(types(rest)).toContain("tool-output-denied");
    expect(types(rest)).not.toContain("tool-output-available");
    expect(types(rest).at(-1)).toBe("finish");
  });

  it("expire: an undecided approval past its time counts as denied; deciding it later is refused", async () => {
    const { user, conversation, approvalId, lastSeq } = await pausedRun();
    await testApp.database.withPlatform((tx) =>
      tx
        .update(schema.approvals)
        .set({ expiresAt: new Date("2000-01-01T00:00:00Z") })
        .where(eq(schema.approvals.id, approvalId)),
    );
    const expired = await testApp.app.chat.expireOverdueApprovals(async (tenantId, userId) => ({
      tenantId,
      userId,
      role: "manager",
      permissions: new Set(["tools:use", "conversations:use"]),
    }));
    expect(expired).toBe(1);
    await settle();
    const rest = await resume(user, conversation.id, lastSeq);
    expect(types(rest)).toContain("tool-output-denied");
    const late = await testApp.app.inject({
      method: "POST",
      url: `/v1/approvals/${approvalId}`,
      headers: await testApp.headersFor(user),
      payload: { decision: "approve" },
    });
    expect(late.statusCode).toBe(409);
  });

  it("while an approval waits, a new message is refused (409) and stop ends the run with abort", async () => {
    const { user, conversation, lastSeq } = await pausedRun();
    const read = await testApp.app.inject({
      method: "GET",
      url: `/v1/conversations/${conversation.id}`,
      headers: await testApp.headersFor(user),
    });
    const { stream } = read.json() as {
      stream: { lastSeq: number; activeRun: { status: string; firstSeq: number; answerId: string } };
    };
    expect(stream.lastSeq).toBe(lastSeq);
    expect(stream.activeRun.status).toBe("waiting_approval");
    // Resuming just before the run's first event replays its whole answer, from `start`.
    const replay = await resume(user, conversation.id, stream.activeRun.firstSeq - 1);
    expect(replay[0]?.chunk).toEqual({ type: "start", messageId: stream.activeRun.answerId });
    const blocked = await ask(user, conversation.id, { content: "hello" });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe("PENNY_RUN_ACTIVE");
    const stopped = await testApp.app.inject({
      method: "POST",
      url: `/v1/chat/${conversation.id}/stop`,
      headers: await testApp.headersFor(user),
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json().runId).toMatch(/^[0-9a-f-]{36}$/);
    const rest = await resume(user, conversation.id, lastSeq);
    expect(types(rest)).toEqual(["abort"]);
    const next = await ask(user, conversation.id, { content: "hello" });
    expect(next.statusCode).toBe(200);
  });

  it("exports how long approvals waited, by decision, on /metrics", async () => {
    const metrics = await testApp.app.inject({ method: "GET", url: "/metrics" });
    const count = (decision: string) =>
      Number(
        metrics.body.match(
          new RegExp(`penny_approval_wait_seconds_count\\{decision="${decision}"\\} (\\d+)`),
        )?.[1] ?? Number.NaN,
      );
    // The tests above approved twice (once with edited arguments), denied once and let one expire.
    expect(count("approved")).toBeGreaterThanOrEqual(2);
    expect(count("denied")).toBeGreaterThanOrEqual(1);
    expect(count("expired")).toBeGreaterThanOrEqual(1);
  });
});

describe("bad input", () => {
  it("unknown or another tenant's conversation → 404; invalid bodies → 400 naming the field", async () => {
    const admin = testApp.users.admin;
    const globexConversation = await newConversation(testApp.users.globexAdmin);
    for (const id of [crypto.randomUUID(), globexConversation.id]) {
      const response = await ask(admin, id, { content: "hi" });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe("PENNY_CONVERSATION_NOT_FOUND");
    }
    const conversation = await newConversation(admin);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /content/],
      [{ content: "   " }, /content/],
      [{ content: "x".repeat(32_001) }, /content/],
      [{ content: "hi", toolsAllowed: ["Robert'); DROP"] }, /toolsAllowed/],
      [{ content: "hi", parentMessageId: "not-a-uuid" }, /parentMessageId/],
    ];
    for (const [payload, field] of cases) {
      const response = await ask(admin, conversation.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(JSON.stringify(response.json())).toMatch(field);
    }
    const garbage = await testApp.app.inject({
      method: "GET",
      url: `/v1/chat/${conversation.id}/stream`,
      headers: { ...(await testApp.headersFor(admin)), "last-event-id": "yesterday" },
    });
    expect(garbage.statusCode).toBe(400);
    const missingParent = await ask(admin, conversation.id, {
      content: "hi",
      parentMessageId: crypto.randomUUID(),
    });
    expect(missingParent.statusCode).toBe(404);
    expect(missingParent.json().code).toBe("PENNY_MESSAGE_NOT_FOUND");
  });

  it("a tool outside toolsAllowed is not offered: the answer comes without calling it", async () => {
    const conversation = await newConversation(testApp.users.admin);
    const response = await ask(testApp.users.admin, conversation.id, {
      content: "What's our revenue this quarter?",
      toolsAllowed: ["render_chart"],
    });
    expect(response.statusCode).toBe(200);
    const chunks = chunksOf(response.body);
    expect(chunks.some((entry) => entry.chunk.type === "tool-output-available")).toBe(false);
    expect(types(chunks).at(-1)).toBe("finish");
  });
});
