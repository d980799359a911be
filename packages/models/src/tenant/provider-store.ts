import { schema, type Tx } from "@penny/db";
import { openSecret, sealSecret } from "@penny/vault";
import { and, asc, eq, ne } from "drizzle-orm";
import type { ProviderConnection, ProviderSettings } from "../providers/provider-settings-schema.ts";
import { ProviderNameTakenError } from "./provider-name-taken-error.ts";
import { ProviderNotFoundError } from "./provider-not-found-error.ts";

const { credentials, modelProviders } = schema;
const CREDENTIAL_KIND = "model_provider_api_key";

/** A provider as the API shows it: never the key, only whether one is stored. */
export interface ProviderView {
  id: string;
  name: string;
  kind: ProviderSettings["kind"];
  baseUrl: string | null;
  models: ProviderSettings["models"];
  enabled: boolean;
  priority: number;
  hasApiKey: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A provider with its key opened, for building models at call time only. */
export interface ProviderWithConnection {
  view: ProviderView;
  connection: ProviderConnection;
}

const view = {
  id: modelProviders.id,
  name: modelProviders.name,
  kind: modelProviders.kind,
  baseUrl: modelProviders.baseUrl,
  models: modelProviders.models,
  enabled: modelProviders.enabled,
  priority: modelProviders.priority,
  credentialId: modelProviders.credentialId,
  createdAt: modelProviders.createdAt,
  updatedAt: modelProviders.updatedAt,
};

type Row = { credentialId: string | null } & Omit<ProviderView, "hasApiKey">;
const toView = ({ credentialId, ...row }: Row): ProviderView => ({
  ...row,
  hasApiKey: credentialId !== null,
});

/** Sealing is bound to the tenant and the credential name, so a key copied to another row does not open. */
const sealingContext = (tenantId: string, name: string) => `credential:${tenantId}:${name}`;
const credentialName = (providerId: string) => `model-provider:${providerId}:api-key`;

export async function listProviders(tx: Tx): Promise<ProviderView[]> {
  const rows = await tx
    .select(view)
    .from(modelProviders)
    .orderBy(asc(modelProviders.priority), asc(modelProviders.name));
  return rows.map(toView);
}

/** Stores a provider and seals its API key; the key is never readable through the API again. */
export async function createProvider(
  tx: Tx,
  masterKey: Buffer,
  input: { tenantId: string; settings: ProviderSettings; priority?: number; enabled?: boolean },
): Promise<ProviderView> {
  const { apiKey, ...settings } = input.settings;
  await assertNameFree(tx, settings.name);
  const [row] = await tx
    .insert(modelProviders)
    .values({
      tenantId: input.tenantId,
      name: settings.name,
      kind: settings.kind,
      baseUrl: settings.baseUrl ?? null,
      models: settings.models,
      priority: input.priority ?? 100,
      enabled: input.enabled ?? true,
    })
    .returning(view);
  if (!row) throw new Error("insert returned no row");
  if (!apiKey) return toView(row);
  const credentialId = await sealKey(tx, masterKey, input.tenantId, row.id, apiKey);
  const [updated] = await tx
    .update(modelProviders)
    .set({ credentialId })
    .where(eq(modelProviders.id, row.id))
    .returning(view);
  return toView(updated as Row);
}

/** Replaces a provider's settings; without `apiKey` the stored key is kept, with one it is rotated. */
export async function updateProvider(
  tx: Tx,
  masterKey: Buffer,
  input: {
    tenantId: string;
    providerId: string;
    settings: ProviderSettings;
    priority?: number;
    enabled?: boolean;
  },
): Promise<ProviderView> {
  const { apiKey, ...settings } = input.settings;
  const [current] = await tx.select(view).from(modelProviders).where(eq(modelProviders.id, input.providerId));
  if (!current) throw new ProviderNotFoundError();
  await assertNameFree(tx, settings.name, input.providerId);
  let credentialId = current.credentialId;
  if (apiKey) {
    if (credentialId) await tx.delete(credentials).where(eq(credentials.id, credentialId));
    credentialId = await sealKey(tx, masterKey, input.tenantId, input.providerId, apiKey);
  }
  const [updated] = await tx
    .update(modelProviders)
    .set({
      name: settings.name,
      kind: settings.kind,
      baseUrl: settings.baseUrl ?? null,
      models: settings.models,
      credentialId,
      ...(input.priority !== undefined ? { priority: input.priority } : {}),
      ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
      updatedAt: new Date(),
    })
    .where(eq(modelProviders.id, input.providerId))
    .returning(view);
  return toView(updated as Row);
}

/** Removes a provider and its sealed key. */
export async function deleteProvider(tx: Tx, providerId: string): Promise<ProviderView> {
  const [deleted] = await tx.delete(modelProviders).where(eq(modelProviders.id, providerId)).returning(view);
  if (!deleted) throw new ProviderNotFoundError();
  if (deleted.credentialId) await tx.delete(credentials).where(eq(credentials.id, deleted.credentialId));
  return toView(deleted);
}

/** The tenant's enabled providers with their keys opened, for building models for one run. */
export async function loadProviderConnections(
  tx: Tx,
  masterKey: Buffer,
  tenantId: string,
): Promise<ProviderWithConnection[]> {
  const rows = await tx
    .select({ provider: view, credential: credentials })
    .from(modelProviders)
    .leftJoin(credentials, and(eq(credentials.id, modelProviders.credentialId)))
    .where(eq(modelProviders.enabled, true))
    .orderBy(asc(modelProviders.priority), asc(modelProviders.name));
  return rows.map(({ provider, credential }) => ({
    view: toView(provider),
    connection: {
      kind: provider.kind,
      name: provider.name,
      baseUrl: provider.baseUrl ?? undefined,
      apiKey: credential
        ? openSecret(masterKey, credential, sealingContext(tenantId, credential.name)).toString("utf8")
        : undefined,
    },
  }));
}

async function sealKey(tx: Tx, masterKey: Buffer, tenantId: string, providerId: string, apiKey: string) {
  const name = credentialName(providerId);
  const sealed = sealSecret(masterKey, apiKey, sealingContext(tenantId, name));
  const [credential] = await tx
    .insert(credentials)
    .values({ tenantId, name, kind: CREDENTIAL_KIND, ...sealed })
    .returning({ id: credentials.id });
  if (!credential) throw new Error("insert returned no row");
  return credential.id;
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: modelProviders.id })
    .from(modelProviders)
    .where(and(eq(modelProviders.name, name), exceptId ? ne(modelProviders.id, exceptId) : undefined));
  if (taken) throw new ProviderNameTakenError(name);
}
