import { schema, type Tx } from "@penny/db";
import { openSecret, sealSecret } from "@penny/vault";
import { asc, eq } from "drizzle-orm";
import type { ConnectionTestResult } from "../integration.ts";

const { credentials, integrationConnections } = schema;
const CREDENTIAL_KIND = "integration_secret";

/** A connection as the API shows it: its settings, never its secret. */
export interface ConnectionView {
  integrationId: string;
  config: Record<string, unknown>;
  lastTestedAt: Date | null;
  lastTestOk: boolean | null;
  lastTestMessage: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const view = {
  integrationId: integrationConnections.integrationId,
  config: integrationConnections.config,
  lastTestedAt: integrationConnections.lastTestedAt,
  lastTestOk: integrationConnections.lastTestOk,
  lastTestMessage: integrationConnections.lastTestMessage,
  createdAt: integrationConnections.createdAt,
  updatedAt: integrationConnections.updatedAt,
};

/** Sealing is bound to the tenant and the credential name, as for model provider keys. */
const sealingContext = (tenantId: string, name: string) => `credential:${tenantId}:${name}`;
const credentialName = (integrationId: string) => `integration:${integrationId}:secret`;

/** The tenant's connections, by integration id. */
export async function listConnections(tx: Tx): Promise<ConnectionView[]> {
  return tx.select(view).from(integrationConnections).orderBy(asc(integrationConnections.integrationId));
}

/** One connection, or undefined. */
export async function findConnection(tx: Tx, integrationId: string): Promise<ConnectionView | undefined> {
  const [row] = await tx
    .select(view)
    .from(integrationConnections)
    .where(eq(integrationConnections.integrationId, integrationId));
  return row;
}

/**
 * Connects an integration, or replaces the settings and secret of an existing connection (rotation): the new
 * secret is sealed under a fresh data key and the old sealed value is deleted in the same transaction.
 */
export async function saveConnection(
  tx: Tx,
  masterKey: Buffer,
  input: {
    tenantId: string;
    integrationId: string;
    config: Record<string, unknown>;
    secret: unknown;
    userId: string | null;
  },
): Promise<ConnectionView> {
  const name = credentialName(input.integrationId);
  const [previous] = await tx
    .select({ credentialId: integrationConnections.credentialId })
    .from(integrationConnections)
    .where(eq(integrationConnections.integrationId, input.integrationId));
  // The credential name is unique per tenant: take the old one out of the way before sealing the new one.
  if (previous) {
    await tx
      .delete(integrationConnections)
      .where(eq(integrationConnections.integrationId, input.integrationId));
    await tx.delete(credentials).where(eq(credentials.id, previous.credentialId));
  }
  const sealed = sealSecret(masterKey, JSON.stringify(input.secret), sealingContext(input.tenantId, name));
  const [credential] = await tx
    .insert(credentials)
    .values({
      tenantId: input.tenantId,
      name,
      kind: CREDENTIAL_KIND,
      ...sealed,
      ...(previous ? { rotatedAt: new Date() } : {}),
    })
    .returning({ id: credentials.id });
  if (!credential) throw new Error("insert returned no row");
  const [row] = await tx
    .insert(integrationConnections)
    .values({
      tenantId: input.tenantId,
      integrationId: input.integrationId,
      config: input.config,
      credentialId: credential.id,
      createdBy: input.userId,
    })
    .returning(view);
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Disconnects: removes the connection and its sealed secret. Undefined when there was none. */
export async function deleteConnection(tx: Tx, integrationId: string): Promise<ConnectionView | undefined> {
  const [deleted] = await tx
    .delete(integrationConnections)
    .where(eq(integrationConnections.integrationId, integrationId))
    .returning({ ...view, credentialId: integrationConnections.credentialId });
  if (!deleted) return undefined;
  const { credentialId, ...rest } = deleted;
  await tx.delete(credentials).where(eq(credentials.id, credentialId));
  return rest;
}

/** Keeps the outcome of the last connection test for the admin view. */
export async function recordConnectionTest(
  tx: Tx,
  input: { integrationId: string; result: ConnectionTestResult; testedAt: Date },
): Promise<ConnectionView | undefined> {
  const [row] = await tx
    .update(integrationConnections)
    .set({
      lastTestedAt: input.testedAt,
      lastTestOk: input.result.ok,
      lastTestMessage: input.result.message,
    })
    .where(eq(integrationConnections.integrationId, input.integrationId))
    .returning(view);
  return row;
}

/** A connection's settings and opened secret (unparsed), for one tool call or test. */
export async function loadConnectionSecret(
  tx: Tx,
  masterKey: Buffer,
  input: { tenantId: string; integrationId: string },
): Promise<{ config: Record<string, unknown>; secret: unknown } | undefined> {
  const [row] = await tx
    .select({ config: integrationConnections.config, credential: credentials })
    .from(integrationConnections)
    .innerJoin(credentials, eq(credentials.id, integrationConnections.credentialId))
    .where(eq(integrationConnections.integrationId, input.integrationId));
  if (!row) return undefined;
  const opened = openSecret(masterKey, row.credential, sealingContext(input.tenantId, row.credential.name));
  return { config: row.config, secret: JSON.parse(opened.toString("utf8")) as unknown };
}

/** Whether the tenant connected the integration (for offering its tools). */
export async function isConnected(tx: Tx, integrationId: string): Promise<boolean> {
  return (await findConnection(tx, integrationId)) !== undefined;
}
