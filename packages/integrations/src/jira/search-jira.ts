import { z } from "zod";
import type { IntegrationTool } from "../integration.ts";
import { type AdfNode, adfToText } from "./adf.ts";
import { jiraRequest } from "./jira-client.ts";
import type { JiraConfig, JiraSecret } from "./jira-config.ts";

export type SearchJiraArguments = {
  jql: string;
  maxResults?: number;
};

const named = z.object({ name: z.string() }).nullish();
const searchResult = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      fields: z
        .object({
          summary: z.string().nullish(),
          status: named,
          issuetype: named,
          priority: named,
          assignee: z.object({ displayName: z.string().optional() }).nullish(),
          labels: z.array(z.string()).nullish(),
          description: z.custom<AdfNode>().nullish(),
          updated: z.string().nullish(),
        })
        .default({}),
    }),
  ),
  isLast: z.boolean().optional(),
  nextPageToken: z.string().nullish(),
});

/** Finds Jira issues with JQL. Read-only. */
export const searchJira: IntegrationTool<JiraConfig, JiraSecret, SearchJiraArguments> = {
  name: "search_jira",
  description:
    'Search Jira issues with a JQL query (e.g. project = OPS AND status = "In Progress"). Read-only.',
  inputSchema: {
    type: "object",
    properties: {
      jql: { type: "string", minLength: 1, maxLength: 2000, description: "A JQL query" },
      maxResults: { type: "integer", minimum: 1, maximum: 50, default: 10 },
    },
    required: ["jql"],
    additionalProperties: false,
  },
  sideEffect: false,
  timeoutMs: 20_000,
  async execute(args, context, connection) {
    const result = await jiraRequest(connection, {
      method: "POST",
      path: "/rest/api/3/search/jql",
      body: {
        jql: args.jql,
        maxResults: args.maxResults ?? 10,
        fields: [
          "summary",
          "status",
          "issuetype",
          "priority",
          "assignee",
          "labels",
          "description",
          "updated",
        ],
      },
      schema: searchResult,
      signal: context.signal,
    });
    const issues = result.issues.map(({ key, fields }) => ({
      key,
      url: new URL(`/browse/${key}`, connection.config.siteUrl).toString(),
      summary: fields.summary ?? "",
      status: fields.status?.name ?? null,
      type: fields.issuetype?.name ?? null,
      priority: fields.priority?.name ?? null,
      assignee: fields.assignee?.displayName ?? null,
      labels: fields.labels ?? [],
      description: adfToText(fields.description).slice(0, 2000),
      updated: fields.updated ?? null,
    }));
    const more = result.isLast === false ? " (more match; narrow the query to see them)" : "";
    return {
      summary: `Found ${issues.length} Jira issue${issues.length === 1 ? "" : "s"}${more}.`,
      data: { issues, complete: result.isLast !== false },
    };
  },
};
