import { normalizeHost } from "@penny/egress";
import { z } from "zod";
import { IntegrationRequestError } from "../errors/integration-request-error.ts";
import type { Integration } from "../integration.ts";
import { createJiraTicket } from "./create-jira-ticket.ts";
import { jiraRequest } from "./jira-client.ts";
import { type JiraConfig, type JiraSecret, jiraConfigSchema, jiraSecretSchema } from "./jira-config.ts";
import { searchJira } from "./search-jira.ts";

const myself = z.object({ accountId: z.string(), displayName: z.string().optional() });

/** Jira Cloud over REST v3 with an account email and API token (OAuth 2.0 3LO is not built). */
export const jiraIntegration: Integration<JiraConfig, JiraSecret> = {
  id: "jira",
  name: "Jira",
  description: "Create and search Jira Cloud issues.",
  auth: "api_token",
  configSchema: jiraConfigSchema,
  secretSchema: jiraSecretSchema,
  egressPolicy: (config) => {
    const host = normalizeHost(new URL(config.siteUrl).hostname);
    return { allowedHosts: [host], privateNetworkHosts: config.allowPrivateNetwork ? [host] : [] };
  },
  async testConnection(connection) {
    try {
      const me = await jiraRequest(connection, { method: "GET", path: "/rest/api/3/myself", schema: myself });
      return { ok: true, message: `Connected to Jira as ${me.displayName ?? me.accountId}.` };
    } catch (error) {
      if (error instanceof IntegrationRequestError) return { ok: false, message: error.message };
      throw error;
    }
  },
  tools: [createJiraTicket, searchJira],
};
