import type { EgressClient } from "@penny/egress";
import type { Tool, ToolDescribeContext } from "@penny/tools";
import { isConnected } from "./connections/connection-store.ts";
import { openConnection } from "./connections/open-connection.ts";
import type { AnyIntegration } from "./integration.ts";
import { integrations as registered } from "./registry.ts";

export interface IntegrationToolsOptions {
  masterKey: Buffer;
  /** The server's one egress client (its `onCall` audits every outbound call). */
  egress: Pick<EgressClient, "request">;
  /** Defaults to every registered integration. */
  integrations?: readonly AnyIntegration[];
}

/**
 * Every integration's tools as ordinary registry tools. They are registered for all tenants, but each is offered
 * only to tenants that connected its integration (`availableFor`), and each call opens that tenant's own
 * connection; a side-effect tool needs approval by default like any other.
 */
export function createIntegrationTools(options: IntegrationToolsOptions): Tool[] {
  return (options.integrations ?? registered).flatMap((integration) => {
    // Each call opens the calling tenant's own connection (settings, sealed secret, egress limits).
    const connect = (context: Pick<ToolDescribeContext, "tenantId" | "database">) =>
      context.database.withTenant(context.tenantId, (tx) =>
        openConnection(tx, {
          masterKey: options.masterKey,
          egress: options.egress,
          tenantId: context.tenantId,
          integration,
        }),
      );
    return integration.tools.map((tool): Tool => {
      const describe = tool.describeCall;
      return {
        name: tool.name,
        description: `${tool.description} (${integration.name} integration)`,
        inputSchema: tool.inputSchema,
        permission: "tools:use",
        sideEffect: tool.sideEffect,
        approval: "never",
        timeoutMs: tool.timeoutMs,
        concurrency: 4,
        availableFor: (tx) => isConnected(tx, integration.id),
        ...(describe
          ? {
              describeCall: async (args: Record<string, unknown>, context: ToolDescribeContext) =>
                describe(args, context, await connect(context)),
            }
          : {}),
        execute: async (args, context) => tool.execute(args, context, await connect(context)),
      };
    });
  });
}
