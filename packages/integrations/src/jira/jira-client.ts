import { EgressError } from "@penny/egress";
import { z } from "zod";
import { IntegrationRequestError } from "../errors/integration-request-error.ts";
import type { IntegrationConnection } from "../integration.ts";
import type { JiraConfig, JiraSecret } from "./jira-config.ts";

export type JiraConnection = IntegrationConnection<JiraConfig, JiraSecret>;

/** Jira's error envelope: general messages and messages per field. */
const errorEnvelope = z.object({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
});

/**
 * One call to Jira Cloud REST v3 through the connection's egress client: basic auth with the account email and API
 * token, JSON both ways, Jira's error envelope turned into an IntegrationRequestError a person can act on.
 */
export async function jiraRequest<T>(
  connection: JiraConnection,
  options: {
    method: "GET" | "POST";
    path: string;
    query?: Record<string, string>;
    body?: unknown;
    schema: z.ZodType<T>;
    signal?: AbortSignal;
  },
): Promise<T> {
  const url = new URL(options.path, connection.config.siteUrl);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const token = Buffer.from(`${connection.config.email}:${connection.secret.apiToken}`).toString("base64");
  let response: Awaited<ReturnType<JiraConnection["http"]["request"]>>;
  try {
    response = await connection.http.request({
      tenantId: connection.tenantId,
      policy: connection.egressPolicy,
      url,
      method: options.method,
      headers: {
        authorization: `Basic ${token}`,
        accept: "application/json",
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof EgressError) {
      throw new IntegrationRequestError(
        "PENNY_INTEGRATION_UNAVAILABLE",
        `Jira could not be reached. ${error.message}`,
      );
    }
    throw error;
  }
  if (response.status >= 400) throw jiraError(response.status, parseJson(response.text()));
  const parsed = options.schema.safeParse(parseJson(response.text()));
  if (!parsed.success) {
    throw new IntegrationRequestError(
      "PENNY_INTEGRATION_UNAVAILABLE",
      `Jira answered ${options.method} ${options.path} with a body Penny does not understand.`,
      response.status,
    );
  }
  return parsed.data;
}

function jiraError(status: number, body: unknown): IntegrationRequestError {
  const envelope = errorEnvelope.safeParse(body);
  const details = envelope.success
    ? [
        ...(envelope.data.errorMessages ?? []),
        ...Object.entries(envelope.data.errors ?? {}).map(([field, message]) => `${field}: ${message}`),
      ].join(" ")
    : "";
  const said = details ? ` Jira says: ${details}` : "";
  if (status === 401) {
    return new IntegrationRequestError(
      "PENNY_INTEGRATION_AUTH_FAILED",
      "Jira refused the credentials (401): the API token or account email is wrong, or the token has expired. " +
        "An administrator can update them under Integrations.",
      status,
    );
  }
  if (status === 403) {
    return new IntegrationRequestError(
      "PENNY_INTEGRATION_FORBIDDEN",
      `The Jira account is not allowed to do this (403).${said}`,
      status,
    );
  }
  if (status === 404) {
    return new IntegrationRequestError(
      "PENNY_INTEGRATION_REMOTE_NOT_FOUND",
      `Jira found nothing there (404).${said}`,
      status,
    );
  }
  if (status < 500) {
    return new IntegrationRequestError(
      "PENNY_INTEGRATION_REJECTED",
      `Jira rejected the request (${status}).${said}`,
      status,
    );
  }
  return new IntegrationRequestError(
    "PENNY_INTEGRATION_UNAVAILABLE",
    `Jira had a problem on its side (${status}); try again later.${said}`,
    status,
  );
}

function parseJson(text: string): unknown {
  try {
    return text === "" ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
