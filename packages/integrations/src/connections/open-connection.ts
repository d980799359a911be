import type { Tx } from "@penny/db";
import type { EgressClient } from "@penny/egress";
import { IntegrationNotConnectedError } from "../errors/integration-not-connected-error.ts";
import type { Integration, IntegrationConnection } from "../integration.ts";
import { loadConnectionSecret } from "./connection-store.ts";

/**
 * The tenant's connection to `integration`, opened: settings re-read through the integration's schema (so defaults
 * added later apply), the secret out of the vault, an HTTP client limited to the connection's hosts.
 */
export async function openConnection<Config, Secret>(
  tx: Tx,
  options: {
    masterKey: Buffer;
    egress: Pick<EgressClient, "request">;
    tenantId: string;
    integration: Integration<Config, Secret>;
  },
): Promise<IntegrationConnection<Config, Secret>> {
  const { integration, tenantId } = options;
  const stored = await loadConnectionSecret(tx, options.masterKey, {
    tenantId,
    integrationId: integration.id,
  });
  if (!stored) throw new IntegrationNotConnectedError(integration.name);
  const config = integration.configSchema.parse(stored.config);
  return {
    tenantId,
    config,
    secret: integration.secretSchema.parse(stored.secret),
    http: options.egress,
    egressPolicy: integration.egressPolicy(config),
  };
}
