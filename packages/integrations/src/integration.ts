import type { EgressClient, EgressPolicy } from "@penny/egress";
import type { JsonSchema, ToolContext, ToolDescribeContext, ToolResult } from "@penny/tools";
import type { z } from "zod";

/** How an integration authenticates; the kinds are listed once here. */
export const integrationAuthKinds = ["api_token", "oauth2"] as const;
export type IntegrationAuthKind = (typeof integrationAuthKinds)[number];

/** A connected integration as its tools and its connection test see it: settings, opened secret, an HTTP client. */
export interface IntegrationConnection<Config, Secret> {
  tenantId: string;
  config: Config;
  secret: Secret;
  /** Outbound HTTP limited to the hosts this connection may reach; every call is recorded for the audit. */
  http: Pick<EgressClient, "request">;
  /** The policy `http` enforces, for integrations that build URLs themselves. */
  egressPolicy: EgressPolicy;
}

/** The outcome of "test connection": whether the credentials work, in words an administrator can act on. */
export interface ConnectionTestResult {
  ok: boolean;
  message: string;
}

/** A tool an integration contributes; it runs only for tenants that connected the integration. */
export interface IntegrationTool<Config, Secret, Args = Record<string, unknown>> {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  /** True when it changes something outside Penny; such tools wait for approval unless the tenant relaxes it. */
  sideEffect: boolean;
  timeoutMs: number;
  /** What a call would do, for the approval card: where it goes and what it creates (reads only, changes nothing). */
  describeCall?(
    args: Args,
    context: ToolDescribeContext,
    connection: IntegrationConnection<Config, Secret>,
  ): Promise<string>;
  execute(
    args: Args,
    context: ToolContext,
    connection: IntegrationConnection<Config, Secret>,
  ): Promise<ToolResult>;
}

/**
 * One outside service Penny can act on. Each integration is a folder with its config and secret schemas, its
 * tools and its connection test, registered in one list (registry.ts).
 */
export interface Integration<Config = unknown, Secret = unknown> {
  /** Stable id, used in URLs and the database: "jira". */
  id: string;
  name: string;
  description: string;
  auth: IntegrationAuthKind;
  /** Settings that are not secret (site URL, account email); stored as JSON and shown back. */
  configSchema: z.ZodType<Config>;
  /** What is sealed in the vault (API token, OAuth refresh token); never shown back or logged. */
  secretSchema: z.ZodType<Secret>;
  /** Which hosts a connection with this config may reach (and whether private addresses are allowed). */
  egressPolicy(config: Config): EgressPolicy;
  /** A harmless read that proves the settings and credentials work. */
  testConnection(connection: IntegrationConnection<Config, Secret>): Promise<ConnectionTestResult>;
  tools: readonly IntegrationTool<Config, Secret>[];
}

/** Any integration, for lists where the config and secret types differ per entry. */
// biome-ignore lint/suspicious/noExplicitAny: each entry keeps its own types; the list only needs the shape.
export type AnyIntegration = Integration<any, any>;
