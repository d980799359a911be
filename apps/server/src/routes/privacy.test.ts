import { schema } from "@penny/db";
import { startOpenAITestDouble, type VendorTestDouble } from "@penny/models/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, chunksOf } from "../__fixtures__/chat-fixture.ts";
import type { FixtureUser } from "../__fixtures__/identity-fixture.ts";
import { openPromptPolicyApp } from "../__fixtures__/prompt-policy-app.ts";

const email = "ana.garcia@example.com";
const card = "4111 1111 1111 1111";
const iban = "ES91 2100 0418 4502 0005 1332";
const apiKey = "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34";
const personalMessage = `Refund ${email}: card ${card}, or transfer to ${iban}.`;
const defaultPolicy = {
  redactInput: {
    enabled: true,
    kinds: ["secret", "email", "iban", "card-number", "spanish-id", "us-ssn", "phone"],
  },
  filterOutput: { enabled: true, kinds: ["secret"] },
};
const prices = { inputCostPerMillion: 2.5, outputCostPerMillion: 10 };

let testApp: ChatTestApp;
let vendor: VendorTestDouble;

beforeAll(async () => {
  vendor = await startOpenAITestDouble();
  testApp = await openPromptPolicyApp({
    engine: { models: { fallback: { maxRetries: 0, baseDelayMs: 1, timeoutMs: 10_000 } } },
  });
  const acme = await call(testApp.users.admin, "POST", "/v1/models/providers", {
    kind: "openai",
    name: "hosted",
    baseUrl: vendor.baseUrl,
    apiKey: "sk-vendor-key",
    models: [{ id: "gpt-test", size: "large", local: false, ...prices }],
  });
  expect(acme.statusCode, acme.body).toBe(201);
  // Globex runs its model on its own machines: an OpenAI-compatible server marked local.
  const globex = await call(testApp.users.globexAdmin, "POST", "/v1/models/providers", {
    kind: "openai-compatible",
    name: "onprem",
    baseUrl: vendor.baseUrl,
    models: [{ id: "llama-test", size: "large", local: true }],
  });
  expect(globex.statusCode, globex.body).toBe(201);
});
afterAll(async () => {
  await testApp?.dispose();
  await vendor?.close();
});

async function call(user: FixtureUser, method: "GET" | "POST" | "PUT", url: string, payload?: object) {
  return testApp.app.inject({
    method,
    url,
    headers: await testApp.headersFor(user),
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Sends one message in a new conversation and waits for the run's last update. */
async function ask(user: FixtureUser, content: string) {
  const conversation = (await call(user, "POST", "/v1/conversations", {})).json().conversation as {
    id: string;
  };
  const answered = await call(user, "POST", `/v1/chat/${conversation.id}/messages`, { content });
  expect(answered.statusCode, answered.body).toBe(200);
  await testApp.app.chat.settled();
  const chunks = chunksOf(answered.body).map((entry) => entry.chunk);
  return {
    conversationId: conversation.id,
    chunks,
    text: chunks
      .filter((chunk) => chunk.type === "text-delta")
      .map((chunk) => chunk.delta)
      .join(""),
    redactions: chunks.filter((chunk) => chunk.type === "data-redaction").map((chunk) => chunk.data),
    sent: JSON.stringify(vendor.requests.at(-1)?.body.messages),
  };
}

const auditOf = (tenantId: string, action: string) =>
  testApp.database.withTenant(tenantId, async (tx) =>
    (await tx.select().from(schema.auditEvents).orderBy(schema.auditEvents.seq)).filter(
      (event) => event.action === action,
    ),
  );

describe("privacy policy", () => {
  it("is read by members with the kinds Penny knows, written by admins, validated and audited", async () => {
    const { admin, manager, viewer } = testApp.users;
    const read = await call(viewer, "GET", "/v1/privacy/policy");
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual({ policy: defaultPolicy, kinds: defaultPolicy.redactInput.kinds });

    const unknown = await call(admin, "PUT", "/v1/privacy/policy", {
      redactInput: { enabled: true, kinds: ["email", "everything"] },
      filterOutput: { enabled: true, kinds: [] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toMatch(
      /body\.redactInput\.kinds\.1: "everything" is not a kind Penny detects/,
    );
    for (const user of [manager, viewer]) {
      expect((await call(user, "PUT", "/v1/privacy/policy", defaultPolicy)).statusCode).toBe(403);
    }

    const changed = {
      redactInput: { enabled: true, kinds: ["phone", "email"] },
      filterOutput: { enabled: false, kinds: [] },
    };
    const written = await call(admin, "PUT", "/v1/privacy/policy", changed);
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json().policy.redactInput.kinds).toEqual(["email", "phone"]);
    expect((await call(viewer, "GET", "/v1/privacy/policy")).json().policy).toEqual(written.json().policy);
    expect((await call(testApp.users.globexAdmin, "GET", "/v1/privacy/policy")).json().policy).toEqual(
      defaultPolicy,
    );
    const updates = await auditOf(testApp.acme.id, "privacy.policy.update");
    expect(updates.at(-1)?.data).toEqual({ previous: defaultPolicy, policy: written.json().policy });

    expect((await call(admin, "PUT", "/v1/privacy/policy", defaultPolicy)).statusCode).toBe(200);
  });
});

describe("prompts to an external model", () => {
  it("leave with placeholders instead of personal data, told to the person and audited by count", async () => {
    await call(testApp.users.admin, "PUT", "/v1/prompts/system", { text: `Escalations go to ${email}.` });
    vendor.enqueue({ type: "text", text: "I will refund [EMAIL_1] on [CARD_NUMBER_1]." });
    const asked = await ask(testApp.users.manager, personalMessage);

    for (const value of [email, card, iban, "4111"]) expect(asked.sent).not.toContain(value);
    const sent = vendor.requests.at(-1)?.body.messages as { role: string; content: string }[];
    expect(sent[0]).toEqual({ role: "system", content: "Escalations go to [EMAIL_1]." });
    expect(sent.at(-1)).toEqual({
      role: "user",
      content: "Refund [EMAIL_1]: card [CARD_NUMBER_1], or transfer to [IBAN_1].",
    });
    expect(asked.redactions).toEqual([
      {
        direction: "input",
        redactions: [
          { kind: "email", count: 2 },
          { kind: "iban", count: 1 },
          { kind: "card-number", count: 1 },
        ],
      },
    ]);
    expect(asked.text).toBe("I will refund [EMAIL_1] on [CARD_NUMBER_1].");

    const audited = await auditOf(testApp.acme.id, "privacy.redact");
    expect(audited).toHaveLength(1);
    expect(audited[0]?.data).toMatchObject({
      model: "hosted/gpt-test",
      input: [
        { kind: "email", count: 2 },
        { kind: "iban", count: 1 },
        { kind: "card-number", count: 1 },
      ],
      output: [],
    });
    const stored = JSON.stringify(audited[0]);
    for (const value of [email, card, iban]) expect(stored).not.toContain(value);
    await call(testApp.users.admin, "PUT", "/v1/prompts/system", { text: "" });
  });

  it("leave as written when the tenant turns input redaction off", async () => {
    const { admin, manager } = testApp.users;
    await call(admin, "PUT", "/v1/privacy/policy", {
      ...defaultPolicy,
      redactInput: { enabled: false, kinds: [] },
    });
    const before = (await auditOf(testApp.acme.id, "privacy.redact")).length;
    vendor.enqueue({ type: "text", text: "Noted." });
    const asked = await ask(manager, personalMessage);
    expect(asked.sent).toContain(email);
    expect(asked.sent).toContain(card);
    expect(asked.sent).toContain(iban);
    expect(asked.redactions).toEqual([]);
    expect(await auditOf(testApp.acme.id, "privacy.redact")).toHaveLength(before);
    await call(admin, "PUT", "/v1/privacy/policy", defaultPolicy);
  });

  it("leave as written for a model on the tenant's own machines", async () => {
    vendor.enqueue({ type: "text", text: "Noted locally." });
    const asked = await ask(testApp.users.globexAdmin, personalMessage);
    expect(vendor.requests.at(-1)?.body.model).toBe("llama-test");
    expect(asked.sent).toContain(email);
    expect(asked.sent).toContain(iban);
    expect(asked.redactions).toEqual([]);
    expect(asked.text).toBe("Noted locally.");
  });
});

describe("answers", () => {
  it("lose secrets and the tenant's kinds as they stream, in the client's stream and the stored answer", async () => {
    const { admin, manager } = testApp.users;
    await call(admin, "PUT", "/v1/privacy/policy", {
      ...defaultPolicy,
      filterOutput: { enabled: true, kinds: ["card-number"] },
    });
    const answer = `Use the key ${apiKey} and charge 4111111111111111 today.`;
    vendor.enqueue({ type: "text", text: answer, chunkSize: 3 });
    const asked = await ask(manager, "Which key and card?");
    const deltas = asked.chunks.filter((chunk) => chunk.type === "text-delta");
    expect(deltas.length).toBeGreaterThan(3);
    expect(asked.text).toBe("Use the key [SECRET_1] and charge [CARD_NUMBER_1] today.");
    for (const chunk of asked.chunks) {
      expect(JSON.stringify(chunk)).not.toContain("Ab12Cd34");
      expect(JSON.stringify(chunk)).not.toContain("41111111");
    }
    expect(asked.redactions).toContainEqual({
      direction: "output",
      redactions: [
        { kind: "secret", count: 1 },
        { kind: "card-number", count: 1 },
      ],
    });

    const conversation = await call(manager, "GET", `/v1/conversations/${asked.conversationId}`);
    const stored = JSON.stringify(conversation.json().messages);
    expect(stored).toContain("Use the key [SECRET_1] and charge [CARD_NUMBER_1] today.");
    expect(stored).not.toContain(apiKey);
    expect(stored).not.toContain("4111111111111111");
    await call(admin, "PUT", "/v1/privacy/policy", defaultPolicy);
  });

  it("keep the tenant's kinds when the output filter is off, but never a secret", async () => {
    const { admin, manager } = testApp.users;
    await call(admin, "PUT", "/v1/privacy/policy", {
      ...defaultPolicy,
      filterOutput: { enabled: false, kinds: [] },
    });
    vendor.enqueue({ type: "text", text: `Key ${apiKey}, mail ${email}.`, chunkSize: 2 });
    const asked = await ask(manager, "Show me");
    expect(asked.text).toBe(`Key [SECRET_1], mail ${email}.`);
    await call(admin, "PUT", "/v1/privacy/policy", defaultPolicy);
  });
});

describe("run cost", () => {
  it("is the tokens times the model's prices, stored on the run and exported as a metric", async () => {
    const usage = { inputTokens: 1_200, outputTokens: 300 };
    const costSoFar = async () => {
      const metrics = (await testApp.app.inject({ method: "GET", url: "/metrics" })).body;
      const line = metrics
        .split("\n")
        .find((entry) => entry.startsWith('penny_run_cost_usd_total{model="hosted/gpt-test"}'));
      return Number(line?.split(" ").at(-1) ?? 0);
    };
    const before = await costSoFar();
    vendor.enqueue({ type: "text", text: "Priced answer.", usage });
    const asked = await ask(testApp.users.manager, "What does this cost?");
    const [run] = await testApp.database.withTenant(testApp.acme.id, (tx) =>
      tx.select().from(schema.runs).where(eq(schema.runs.conversationId, asked.conversationId)),
    );
    const expected =
      (usage.inputTokens * prices.inputCostPerMillion + usage.outputTokens * prices.outputCostPerMillion) /
      1_000_000;
    expect(run?.usage).toMatchObject({ ...usage, costUsd: expected });

    expect((await costSoFar()) - before).toBeCloseTo(expected, 12);

    // A model without prices costs nothing known: no cost on the run.
    vendor.enqueue({ type: "text", text: "Unpriced answer.", usage });
    const local = await ask(testApp.users.globexAdmin, "And this?");
    const [unpriced] = await testApp.database.withTenant(testApp.globex.id, (tx) =>
      tx.select().from(schema.runs).where(eq(schema.runs.conversationId, local.conversationId)),
    );
    expect(unpriced?.usage).toMatchObject(usage);
    expect(unpriced?.usage).not.toHaveProperty("costUsd");
  });
});
