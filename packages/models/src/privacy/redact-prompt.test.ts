import type { ModelMessage } from "ai";
import { describe, expect, it } from "vitest";
import { redactPrompt } from "./redact-prompt.ts";

const email = "ana.garcia@example.com";
const card = "4111 1111 1111 1111";
const iban = "ES91 2100 0418 4502 0005 1332";

const messages: ModelMessage[] = [
  { role: "user", content: [{ type: "text", text: `I am ${email}, card ${card}.` }] },
  {
    role: "assistant",
    content: [
      { type: "reasoning", text: `The user is ${email}.` },
      { type: "text", text: "Let me look that up." },
      {
        type: "tool-call",
        toolCallId: "call-1",
        toolName: "find_customer",
        input: { email, filters: [{ iban }], limit: 3, exact: true, note: null },
      },
    ],
  },
  {
    role: "tool",
    content: [
      {
        type: "tool-result",
        toolCallId: "call-1",
        toolName: "find_customer",
        output: { type: "json", value: { customers: [{ email, phone: "+34 600 123 456", since: 2019 }] } },
      },
    ],
  },
  {
    role: "tool",
    content: [
      {
        type: "tool-result",
        toolCallId: "call-2",
        toolName: "send_mail",
        output: { type: "error-text", value: `Bounced: ${email.toUpperCase()}` },
      },
    ],
  },
  { role: "assistant", content: `Found ${email}.` },
  { role: "user", content: "And my other card 5555-5555-5555-4444?" },
];

describe("redactPrompt", () => {
  it("replaces values in the system prompt and every text a message carries, one placeholder per value", () => {
    const redacted = redactPrompt({ system: `Escalate to ${email}.`, messages });
    expect(redacted.system).toBe("Escalate to [EMAIL_1].");
    expect(redacted.messages).toEqual([
      { role: "user", content: [{ type: "text", text: "I am [EMAIL_1], card [CARD_NUMBER_1]." }] },
      {
        role: "assistant",
        content: [
          { type: "reasoning", text: "The user is [EMAIL_1]." },
          { type: "text", text: "Let me look that up." },
          {
            type: "tool-call",
            toolCallId: "call-1",
            toolName: "find_customer",
            input: { email: "[EMAIL_1]", filters: [{ iban: "[IBAN_1]" }], limit: 3, exact: true, note: null },
          },
        ],
      },
      {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: "call-1",
            toolName: "find_customer",
            output: {
              type: "json",
              value: { customers: [{ email: "[EMAIL_1]", phone: "[PHONE_1]", since: 2019 }] },
            },
          },
        ],
      },
      {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: "call-2",
            toolName: "send_mail",
            output: { type: "error-text", value: "Bounced: [EMAIL_1]" },
          },
        ],
      },
      { role: "assistant", content: "Found [EMAIL_1]." },
      { role: "user", content: "And my other card [CARD_NUMBER_2]?" },
    ]);
    expect(redacted.redactions).toEqual([
      { kind: "email", count: 7 },
      { kind: "iban", count: 1 },
      { kind: "card-number", count: 2 },
      { kind: "phone", count: 1 },
    ]);
  });

  it("numbers the same history the same way at every step, so the model's view stays consistent", () => {
    const first = redactPrompt({ system: undefined, messages: messages.slice(0, 1) });
    const later = redactPrompt({ system: undefined, messages });
    expect(later.messages[0]).toEqual(first.messages[0]);
    expect(later.system).toBeUndefined();
  });

  it("leaves the caller's prompt untouched, files as they are, and only the enabled kinds", () => {
    const file: ModelMessage = {
      role: "user",
      content: [
        { type: "file", data: new Uint8Array([1, 2, 3]), mediaType: "application/pdf" },
        { type: "text", text: `${email} ${card}` },
      ],
    };
    const before = structuredClone([file, ...messages]);
    const redacted = redactPrompt({ system: undefined, messages: [file] }, { kinds: ["card-number"] });
    expect(redacted.messages).toEqual([
      {
        role: "user",
        content: [
          { type: "file", data: new Uint8Array([1, 2, 3]), mediaType: "application/pdf" },
          { type: "text", text: `${email} [CARD_NUMBER_1]` },
        ],
      },
    ]);
    redactPrompt({ system: undefined, messages });
    expect([file, ...messages]).toEqual(before);
  });

  it("redacts denial reasons and text content of tool results, and returns no counts when nothing was found", () => {
    const redacted = redactPrompt({
      system: "Be brief.",
      messages: [
        {
          role: "tool",
          content: [
            {
              type: "tool-result",
              toolCallId: "a",
              toolName: "t",
              output: { type: "execution-denied", reason: `Not for ${email}` },
            },
            {
              type: "tool-result",
              toolCallId: "b",
              toolName: "t",
              output: { type: "content", value: [{ type: "text", text: `Mail ${email}` }] },
            },
          ],
        },
      ],
    });
    expect(JSON.stringify(redacted.messages)).not.toContain(email);
    expect(redacted.redactions).toEqual([{ kind: "email", count: 2 }]);
    expect(
      redactPrompt({ system: "Be brief.", messages: [{ role: "user", content: "hi" }] }).redactions,
    ).toEqual([]);
  });
});
