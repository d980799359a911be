import { z } from "zod";

/** Slack settings: where the Web API is (Slack's own unless a proxy is in between). Never secret. */
export const slackConfigSchema = z
  .object({
    apiBaseUrl: z.url().max(500).default("https://slack.com/api").describe("The Slack Web API base URL"),
    allowPrivateNetwork: z
      .boolean()
      .default(false)
      .describe("Allow an API URL on a private or loopback address (a proxy); off for Slack itself"),
  })
  .refine((config) => config.apiBaseUrl.startsWith("https://") || config.allowPrivateNetwork, {
    path: ["apiBaseUrl"],
    message: "must start with https:// (plain http only for a proxy on a private network that you allow)",
  });

export type SlackConfig = z.infer<typeof slackConfigSchema>;

/** The bot token (xoxb-…), sealed in the vault. */
export const slackSecretSchema = z.object({
  botToken: z
    .string()
    .regex(/^xox[bp]-[A-Za-z0-9-]+$/, "must be a Slack bot token (xoxb-…)")
    .max(500),
});

export type SlackSecret = z.infer<typeof slackSecretSchema>;
