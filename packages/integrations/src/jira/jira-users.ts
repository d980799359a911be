import { z } from "zod";
import { IntegrationRequestError } from "../errors/integration-request-error.ts";
import { type JiraConnection, jiraRequest } from "./jira-client.ts";

const jiraUser = z.object({
  accountId: z.string(),
  accountType: z.string().optional(),
  displayName: z.string().optional(),
  emailAddress: z.string().optional(),
  active: z.boolean().optional(),
});

export type JiraUser = z.infer<typeof jiraUser>;

/**
 * The one active Jira user `assignee` names, by email or display name (Jira's user search matches both). An exact
 * email or name match wins over partial ones; more than one candidate is an error that lists them.
 */
export async function resolveJiraUser(
  connection: JiraConnection,
  assignee: string,
  signal?: AbortSignal,
): Promise<JiraUser> {
  const found = await jiraRequest(connection, {
    method: "GET",
    path: "/rest/api/3/user/search",
    query: { query: assignee, maxResults: "20" },
    schema: z.array(jiraUser),
    signal,
  });
  const people = found.filter(
    (user) => user.active !== false && (user.accountType ?? "atlassian") === "atlassian",
  );
  const wanted = assignee.trim().toLowerCase();
  const exact = people.filter(
    (user) => user.emailAddress?.toLowerCase() === wanted || user.displayName?.toLowerCase() === wanted,
  );
  const candidates = exact.length > 0 ? exact : people;
  if (candidates.length === 1) return candidates[0] as JiraUser;
  if (candidates.length === 0) {
    throw new IntegrationRequestError(
      "PENNY_INTEGRATION_REMOTE_NOT_FOUND",
      `No active Jira user matches "${assignee}". Use the person's email or full name as Jira shows it.`,
    );
  }
  const names = candidates.slice(0, 5).map((user) => user.displayName ?? user.accountId);
  throw new IntegrationRequestError(
    "PENNY_INTEGRATION_REJECTED",
    `"${assignee}" matches several Jira users (${names.join(", ")}); say which one by email.`,
  );
}
