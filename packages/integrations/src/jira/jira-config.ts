import { z } from "zod";

/** Jira Cloud settings: the site and the account the API token belongs to. Never secret. */
export const jiraConfigSchema = z
  .object({
    siteUrl: z.url().max(500).describe("Your Jira site, e.g. https://example.atlassian.net"),
    email: z.email().max(320).describe("The Atlassian account the API token belongs to"),
    defaultIssueType: z.string().trim().min(1).max(100).default("Task"),
    allowPrivateNetwork: z
      .boolean()
      .default(false)
      .describe("Allow a site on a private or loopback address (an on-premises proxy); off for Jira Cloud"),
  })
  .refine((config) => config.siteUrl.startsWith("https://") || config.allowPrivateNetwork, {
    path: ["siteUrl"],
    message: "must start with https:// (plain http only for a site on a private network that you allow)",
  });

export type JiraConfig = z.infer<typeof jiraConfigSchema>;

/** The API token, sealed in the vault. */
export const jiraSecretSchema = z.object({
  apiToken: z.string().min(1).max(2000).describe("An Atlassian API token"),
});

export type JiraSecret = z.infer<typeof jiraSecretSchema>;
