import { EgressError } from "@penny/egress";
import { z } from "zod";
import { IntegrationRequestError } from "../errors/integration-request-error.ts";
import type { IntegrationConnection } from "../integration.ts";
import type { SlackConfig, SlackSecret } from "./slack-config.ts";

export type SlackConnection = IntegrationConnection<SlackConfig, SlackSecret>;

const envelope = z.object({ ok: z.boolean(), error: z.string().optional() });

/** Slack's error strings that mean the token is the problem. */
const authErrors = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
]);
const explanations: Record<string, string> = {
  channel_not_found: "the channel does not exist or the bot cannot see it",
  not_in_channel: "the bot is not a member of the channel; invite it first",
  is_archived: "the channel is archived",
  msg_too_long: "the message is too long",
  no_text: "the message has no text",
  invalid_blocks: "the blocks are not valid Block Kit",
  ratelimited: "Slack is rate-limiting; try again shortly",
};

/**
 * One Slack Web API method call (`POST {apiBaseUrl}/{method}`, JSON, bearer token) through the connection's egress
 * client. Slack answers 200 with `{ok: false, error}` for most failures; those become IntegrationRequestErrors.
 */
export async function slackCall<T>(
  connection: SlackConnection,
  method: string,
  body: Record<string, unknown>,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const url = `${connection.config.apiBaseUrl.replace(/\/$/, "")}/${method}`;
  let response: Awaited<ReturnType<SlackConnection["http"]["request"]>>;
  try {
    response = await connection.http.request({
      tenantId: connection.tenantId,
      policy: connection.egressPolicy,
      url,
      method: "POST",
      headers: {
        authorization: `Bearer ${connection.secret.botToken}`,
        "content-type": "application/json; charset=utf-8",
      },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof EgressError) {
      throw new IntegrationRequestError(
        "PENNY_INTEGRATION_UNAVAILABLE",
        `Slack could not be reached. ${error.message}`,
      );
    }
    throw error;
  }
  if (response.status === 429) {
    const wait = response.headers["retry-after"];
    throw new IntegrationRequestError(
      "PENNY_INTEGRATION_UNAVAILABLE",
      `Slack is rate-limiting (429)${wait ? `; retry after ${wait} s` : ""}.`,
      429,
    );
  }
  let parsed: unknown;
  try {
    parsed = response.json();
  } catch {
    parsed = undefined;
  }
  const result = envelope.safeParse(parsed);
  if (!result.success) {
    throw new IntegrationRequestError(
      "PENNY_INTEGRATION_UNAVAILABLE",
      `Slack answered ${method} with status ${response.status} and a body Penny does not understand.`,
      response.status,
    );
  }
  if (!result.data.ok) throw slackError(result.data.error ?? "unknown_error", response.status);
  return schema.parse(parsed);
}

function slackError(code: string, status: number): IntegrationRequestError {
  if (authErrors.has(code)) {
    return new IntegrationRequestError(
      "PENNY_INTEGRATION_AUTH_FAILED",
      `Slack refused the bot token (${code}): it is wrong, revoked or expired. An administrator can update it under Integrations.`,
      status,
    );
  }
  if (code === "missing_scope") {
    return new IntegrationRequestError(
      "PENNY_INTEGRATION_FORBIDDEN",
      "The Slack app lacks a scope this needs (missing_scope); add chat:write to the app.",
      status,
    );
  }
  const explained = explanations[code];
  return new IntegrationRequestError(
    code === "channel_not_found" ? "PENNY_INTEGRATION_REMOTE_NOT_FOUND" : "PENNY_INTEGRATION_REJECTED",
    `Slack refused the message (${code})${explained ? `: ${explained}` : ""}.`,
    status,
  );
}
