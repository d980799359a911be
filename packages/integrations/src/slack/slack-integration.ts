import { normalizeHost } from "@penny/egress";
import { z } from "zod";
import { IntegrationRequestError } from "../errors/integration-request-error.ts";
import type { Integration } from "../integration.ts";
import { slackCall } from "./slack-client.ts";
import { type SlackConfig, type SlackSecret, slackConfigSchema, slackSecretSchema } from "./slack-config.ts";
import { slackNotify } from "./slack-notify.ts";

const authTest = z.object({ ok: z.literal(true), team: z.string().optional(), user: z.string().optional() });

/** Slack over the Web API with a bot token (OAuth installation flow not built: paste the bot token). */
export const slackIntegration: Integration<SlackConfig, SlackSecret> = {
  id: "slack",
  name: "Slack",
  description: "Post messages to Slack channels.",
  auth: "api_token",
  configSchema: slackConfigSchema,
  secretSchema: slackSecretSchema,
  egressPolicy: (config) => {
    const host = normalizeHost(new URL(config.apiBaseUrl).hostname);
    return { allowedHosts: [host], privateNetworkHosts: config.allowPrivateNetwork ? [host] : [] };
  },
  async testConnection(connection) {
    try {
      const me = await slackCall(connection, "auth.test", {}, authTest);
      return {
        ok: true,
        message: `Connected to Slack workspace ${me.team ?? "?"} as ${me.user ?? "the bot"}.`,
      };
    } catch (error) {
      if (error instanceof IntegrationRequestError) return { ok: false, message: error.message };
      throw error;
    }
  },
  tools: [slackNotify],
};
