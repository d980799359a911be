import { z } from "zod";
import type { IntegrationTool } from "../integration.ts";
import { slackCall } from "./slack-client.ts";
import type { SlackConfig, SlackSecret } from "./slack-config.ts";

export type SlackNotifyArguments = {
  channel: string;
  text: string;
  blocks?: Record<string, unknown>[];
};

const posted = z.object({ ok: z.literal(true), channel: z.string(), ts: z.string() });

/** Posts a message to a Slack channel. It changes something outside Penny, so it waits for approval by default. */
export const slackNotify: IntegrationTool<SlackConfig, SlackSecret, SlackNotifyArguments> = {
  name: "slack_notify",
  description:
    "Post a message to a Slack channel (#name or channel id), optionally with Block Kit blocks; the text is the " +
    "notification and fallback. Needs a person's approval before it runs.",
  inputSchema: {
    type: "object",
    properties: {
      channel: {
        type: "string",
        pattern: "^(#[a-z0-9][a-z0-9._-]{0,79}|[CGD][A-Z0-9]{8,})$",
        description: "#channel-name or a channel id such as C0123456789",
      },
      text: { type: "string", minLength: 1, maxLength: 4000 },
      blocks: {
        type: "array",
        items: { type: "object", required: ["type"], properties: { type: { type: "string" } } },
        maxItems: 50,
      },
    },
    required: ["channel", "text"],
    additionalProperties: false,
  },
  sideEffect: true,
  timeoutMs: 15_000,
  async describeCall(args, _context, connection) {
    const blocks = args.blocks?.length ? ` (with ${args.blocks.length} Block Kit blocks)` : "";
    return `Post to Slack ${args.channel} via ${connection.config.apiBaseUrl}: “${args.text}”${blocks}`;
  },
  async execute(args, context, connection) {
    const message = await slackCall(
      connection,
      "chat.postMessage",
      { channel: args.channel, text: args.text, ...(args.blocks ? { blocks: args.blocks } : {}) },
      posted,
      context.signal,
    );
    return {
      summary: `Posted to Slack ${args.channel}.`,
      data: { channel: message.channel, ts: message.ts },
    };
  },
};
