import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A TEST DOUBLE of Jira Cloud REST v3 — not Jira. It speaks the wire format Penny relies on: basic auth with an
 * account email and API token, JSON bodies, ADF descriptions, and Jira's error envelope `{ errorMessages, errors }`
 * with 400/401/404. Only the endpoints Penny calls exist.
 */
export interface JiraTestDouble {
  url: string;
  email: string;
  apiToken: string;
  /** Every issue created, with the fields exactly as received. */
  created: { key: string; fields: Record<string, unknown> }[];
  /** Every request's method, path and authorization header, to check what was (not) sent. */
  requests: { method: string; path: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

interface JiraUserRecord {
  accountId: string;
  accountType: "atlassian" | "app";
  displayName: string;
  emailAddress: string;
  active: boolean;
}

const siteUsers: JiraUserRecord[] = [
  {
    accountId: "5b10a2844c20165700ede21g",
    accountType: "atlassian",
    displayName: "Ana García",
    emailAddress: "ana@example.com",
    active: true,
  },
  {
    accountId: "5b10ac8d82e05b22cc7d4ef5",
    accountType: "atlassian",
    displayName: "Ana Gómez",
    emailAddress: "ana.gomez@example.com",
    active: true,
  },
  {
    accountId: "5b109f2e9729b51b54dc274d",
    accountType: "atlassian",
    displayName: "Bob Stone",
    emailAddress: "bob@example.com",
    active: true,
  },
  {
    accountId: "5b109f2e9729b51b54dc0000",
    accountType: "atlassian",
    displayName: "Old Timer",
    emailAddress: "old@example.com",
    active: false,
  },
  {
    accountId: "557058:automation",
    accountType: "app",
    displayName: "Automation for Jira",
    emailAddress: "",
    active: true,
  },
];

const projects = ["OPS", "WEB"];
const issueTypes = ["Task", "Bug", "Story"];

interface StoredIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
}

export async function startJiraTestDouble(
  options: {
    email?: string;
    apiToken?: string;
    host?: string;
    /** More people on the site (active Atlassian accounts), e.g. a tenant's members. */
    people?: { accountId: string; displayName: string; emailAddress: string }[];
  } = {},
): Promise<JiraTestDouble> {
  const users: JiraUserRecord[] = [
    ...siteUsers,
    ...(options.people ?? []).map((person) => ({
      ...person,
      accountType: "atlassian" as const,
      active: true,
    })),
  ];
  const email = options.email ?? "bot@example.com";
  const apiToken = options.apiToken ?? "ATATT3xFfGF0-test-token";
  const expected = `Basic ${Buffer.from(`${email}:${apiToken}`).toString("base64")}`;
  const created: JiraTestDouble["created"] = [];
  const requests: JiraTestDouble["requests"] = [];
  const issues: StoredIssue[] = [
    {
      id: "10001",
      key: "OPS-1",
      fields: {
        summary: "Rotate the VPN certificate",
        status: { name: "In Progress" },
        issuetype: { name: "Task" },
        priority: { name: "High" },
        assignee: { displayName: "Bob Stone" },
        labels: ["security"],
        description: doc("The certificate expires on Friday."),
        updated: "2026-11-30T10:00:00.000+0000",
      },
    },
    {
      id: "10002",
      key: "WEB-7",
      fields: {
        summary: "Fix the login page",
        status: { name: "To Do" },
        issuetype: { name: "Bug" },
        labels: [],
      },
    },
  ];
  let baseUrl = "";

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://jira.test");
    requests.push({
      method: request.method ?? "",
      path: url.pathname,
      authorization: request.headers.authorization,
    });
    if (request.headers.authorization !== expected) {
      return send(response, 401, {
        errorMessages: ["You are not authenticated. Authentication required to perform this operation."],
        errors: {},
      });
    }
    const route = `${request.method} ${url.pathname}`;
    if (route === "GET /rest/api/3/myself") {
      return send(response, 200, {
        self: `${baseUrl}/rest/api/3/user?accountId=5b10a2844c20165700ede999`,
        accountId: "5b10a2844c20165700ede999",
        accountType: "atlassian",
        emailAddress: email,
        displayName: "Penny Bot",
        active: true,
        timeZone: "Europe/Madrid",
      });
    }
    if (route === "GET /rest/api/3/user/search") {
      const query = (url.searchParams.get("query") ?? "").toLowerCase();
      if (!query)
        return send(response, 400, {
          errorMessages: ["The query parameter 'query' is required."],
          errors: {},
        });
      return send(
        response,
        200,
        users
          .filter(
            (user) =>
              user.displayName.toLowerCase().includes(query) ||
              user.emailAddress.toLowerCase().startsWith(query),
          )
          .map((user) => ({ self: `${baseUrl}/rest/api/3/user?accountId=${user.accountId}`, ...user })),
      );
    }
    if (route === "POST /rest/api/3/issue") {
      const body = (await readJson(request)) as { fields?: Record<string, unknown> } | undefined;
      const fields = body?.fields ?? {};
      const errors = validateIssue(fields, users);
      if (Object.keys(errors).length > 0) return send(response, 400, { errorMessages: [], errors });
      const projectKey = (fields.project as { key: string }).key;
      const key = `${projectKey}-${100 + created.length}`;
      const id = String(20000 + created.length);
      created.push({ key, fields });
      issues.push({ id, key, fields: { ...fields, status: { name: "To Do" } } });
      return send(response, 201, { id, key, self: `${baseUrl}/rest/api/3/issue/${id}` });
    }
    if (route === "POST /rest/api/3/search/jql") {
      const body = (await readJson(request)) as { jql?: string; maxResults?: number } | undefined;
      const filter = parseJql(body?.jql ?? "");
      if ("error" in filter) return send(response, 400, { errorMessages: [filter.error], errors: {} });
      const matching = issues.filter(filter.match);
      const limit = body?.maxResults ?? 50;
      return send(response, 200, {
        issues: matching
          .slice(0, limit)
          .map((issue) => ({ expand: "", ...issue, self: `${baseUrl}/rest/api/3/issue/${issue.id}` })),
        isLast: matching.length <= limit,
      });
    }
    const project = url.pathname.match(/^\/rest\/api\/3\/project\/([^/]+)$/);
    if (request.method === "GET" && project) {
      const key = decodeURIComponent(project[1] ?? "");
      if (!projects.includes(key)) {
        return send(response, 404, {
          errorMessages: [`No project could be found with key '${key}'.`],
          errors: {},
        });
      }
      return send(response, 200, { id: "10000", key, name: key });
    }
    return send(response, 404, { errorMessages: [`null for uri: ${url.pathname}`], errors: {} });
  });
  await new Promise<void>((resolve) => server.listen(0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url: baseUrl,
    email,
    apiToken,
    created,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Field checks Jira makes on create, with its own wording. */
function validateIssue(fields: Record<string, unknown>, users: JiraUserRecord[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const project = fields.project as { key?: string } | undefined;
  if (!project?.key || !projects.includes(project.key)) errors.project = "Specify a valid project ID or key";
  if (typeof fields.summary !== "string" || fields.summary.trim() === "") {
    errors.summary = "You must specify a summary of the issue.";
  }
  const issueType = fields.issuetype as { name?: string } | undefined;
  if (!issueType?.name || !issueTypes.includes(issueType.name)) errors.issuetype = "Specify an issue type";
  if (fields.description !== undefined) {
    const description = fields.description as { type?: string; version?: number } | null;
    if (description?.type !== "doc" || description.version !== 1) {
      errors.description =
        "Operation value must be an Atlassian Document (see the Atlassian Document Format)";
    }
  }
  if (fields.labels !== undefined) {
    const bad = (fields.labels as unknown[]).find((label) => typeof label !== "string" || /\s/.test(label));
    if (bad !== undefined) errors.labels = `The label '${String(bad)}' contains spaces which is invalid.`;
  }
  if (fields.assignee !== undefined) {
    const accountId = (fields.assignee as { accountId?: string }).accountId;
    if (!users.some((user) => user.accountId === accountId && user.active)) {
      errors.assignee = `User '${accountId}' cannot be assigned issues.`;
    }
  }
  return errors;
}

/** A sliver of JQL: `field = value` clauses (project, labels, status, key) joined by AND. */
function parseJql(jql: string): { match: (issue: StoredIssue) => boolean } | { error: string } {
  const clauses = jql.split(/\s+AND\s+/i).filter((clause) => clause.trim() !== "");
  const checks: ((issue: StoredIssue) => boolean)[] = [];
  for (const clause of clauses) {
    const parts = clause.trim().match(/^(\w+)\s*=\s*"?([^"]+?)"?$/);
    if (!parts) return { error: `Error in the JQL Query: Expecting operator but got '${clause.trim()}'.` };
    const [, field = "", value = ""] = parts;
    const name = field.toLowerCase();
    if (name === "project") checks.push((issue) => issue.key.startsWith(`${value}-`));
    else if (name === "labels")
      checks.push((issue) => ((issue.fields.labels as string[]) ?? []).includes(value));
    else if (name === "status")
      checks.push((issue) => (issue.fields.status as { name?: string })?.name === value);
    else if (name === "key") checks.push((issue) => issue.key === value);
    else return { error: `Field '${field}' does not exist or you do not have permission to view it.` };
  }
  return { match: (issue) => checks.every((check) => check(issue)) };
}

function doc(text: string) {
  return { type: "doc", version: 1, content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json;charset=UTF-8");
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}
