import { z } from "zod";
import type { IntegrationTool } from "../integration.ts";
import { textToAdf } from "./adf.ts";
import { type JiraConnection, jiraRequest } from "./jira-client.ts";
import type { JiraConfig, JiraSecret } from "./jira-config.ts";
import { resolveJiraUser } from "./jira-users.ts";

export type CreateJiraTicketArguments = {
  projectKey: string;
  title: string;
  description?: string;
  assignee?: string;
  labels?: string[];
  issueType?: string;
};

const createdIssue = z.object({ id: z.string(), key: z.string(), self: z.string().optional() });

/** Opens a Jira issue. It changes something outside Penny, so each call waits for approval by default. */
export const createJiraTicket: IntegrationTool<JiraConfig, JiraSecret, CreateJiraTicketArguments> = {
  name: "create_jira_ticket",
  description:
    "Create a Jira issue in a project: a title, a plain-text description, optionally an assignee (name or email) " +
    "and labels. Needs a person's approval before it runs.",
  inputSchema: {
    type: "object",
    properties: {
      projectKey: {
        type: "string",
        pattern: "^[A-Z][A-Z0-9_]{1,9}$",
        description: "The project's key, e.g. OPS",
      },
      title: { type: "string", minLength: 1, maxLength: 255, description: "The issue summary" },
      description: { type: "string", maxLength: 30000 },
      assignee: {
        type: "string",
        minLength: 1,
        maxLength: 320,
        description: "The assignee's email or full name as Jira shows it",
      },
      labels: {
        type: "array",
        items: {
          type: "string",
          pattern: "^\\S+$",
          minLength: 1,
          maxLength: 255,
          description: "A Jira label: no spaces",
        },
        maxItems: 20,
        uniqueItems: true,
      },
      issueType: {
        type: "string",
        minLength: 1,
        maxLength: 100,
        description: "Defaults to the connection's type",
      },
    },
    required: ["projectKey", "title"],
    additionalProperties: false,
  },
  sideEffect: true,
  timeoutMs: 20_000,
  async describeCall(args, context, connection) {
    const { siteUrl, defaultIssueType } = connection.config;
    const parts = [
      `Create a ${args.issueType ?? defaultIssueType} in Jira project ${args.projectKey} at ${siteUrl}: “${args.title}”`,
    ];
    if (args.assignee)
      parts.push(`assignee ${await describeAssignee(connection, args.assignee, context.signal)}`);
    if (args.labels?.length) parts.push(`labels ${args.labels.join(", ")}`);
    if (args.description) parts.push(`description “${clip(args.description, 200)}”`);
    return parts.join(", ");
  },
  async execute(args, context, connection) {
    const assignee = args.assignee
      ? await resolveJiraUser(connection, args.assignee, context.signal)
      : undefined;
    const created = await jiraRequest(connection, {
      method: "POST",
      path: "/rest/api/3/issue",
      body: {
        fields: {
          project: { key: args.projectKey },
          summary: args.title,
          issuetype: { name: args.issueType ?? connection.config.defaultIssueType },
          ...(args.description ? { description: textToAdf(args.description) } : {}),
          ...(args.labels?.length ? { labels: args.labels } : {}),
          ...(assignee ? { assignee: { accountId: assignee.accountId } } : {}),
        },
      },
      schema: createdIssue,
      signal: context.signal,
    });
    const url = new URL(`/browse/${created.key}`, connection.config.siteUrl).toString();
    const to = assignee ? `, assigned to ${assignee.displayName ?? assignee.accountId}` : "";
    return {
      summary: `Created Jira issue ${created.key}${to}.`,
      data: {
        key: created.key,
        id: created.id,
        url,
        assignee: assignee?.displayName ?? null,
        labels: args.labels ?? [],
      },
    };
  },
};

/** The person Jira would assign, as Jira names them; or why it could not tell (the call would then fail). */
async function describeAssignee(
  connection: JiraConnection,
  assignee: string,
  signal: AbortSignal,
): Promise<string> {
  try {
    const user = await resolveJiraUser(connection, assignee, signal);
    const email = user.emailAddress ? ` (${user.emailAddress})` : "";
    return `${user.displayName ?? user.accountId}${email}`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `“${assignee}” (not resolved: ${reason})`;
  }
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
