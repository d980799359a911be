import { randomUUID } from "node:crypto";
import { type Database, schema, type Tx } from "@penny/db";
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { replaceClientSecret, storeClientSecret } from "./client-secret.ts";
import { IdentityProviderInvalidError } from "./errors/identity-provider-invalid-error.ts";
import { IdentityProviderNameTakenError } from "./errors/identity-provider-name-taken-error.ts";
import { IdentityProviderNotFoundError } from "./errors/identity-provider-not-found-error.ts";
import {
  type IdentityProviderSettings,
  type IdentityProviderUpdate,
  type IdentityProviderView,
  identityProviderSettingsSchema,
  identityProviderUpdateSchema,
} from "./identity-provider-settings.ts";
import { entraIssuer, GITHUB_BASE_URL, GOOGLE_ISSUER, providerPresets } from "./provider-presets.ts";
import { isUniqueViolation } from "./unique-violation.ts";

type IdentityProviderRow = typeof schema.identityProviders.$inferSelect;
type ParsedSettings = z.output<typeof identityProviderSettingsSchema>;

/** Runs inside the change's transaction, so its audit event commits with it or not at all. */
export interface AuditHooks<T> {
  audit?: (tx: Tx, subject: T) => Promise<void>;
}

/** Adds a way to sign in to the tenant; the client secret is sealed into `credentials`, never stored in the clear. */
export async function configureIdentityProvider(
  database: Database,
  masterKey: Buffer,
  options: { tenantId: string } & IdentityProviderSettings,
  hooks: AuditHooks<IdentityProviderView> = {},
): Promise<IdentityProviderView> {
  const { tenantId, ...input } = options;
  const settings = parse(identityProviderSettingsSchema, input);
  return database.withTenant(tenantId, async (tx) => {
    const providerId = randomUUID();
    const credentialId = await storeClientSecret(tx, masterKey, {
      tenantId,
      providerId,
      clientSecret: settings.clientSecret,
    });
    const row = await writeProviderRow(settings.name, () =>
      tx
        .insert(schema.identityProviders)
        .values({
          tenantId,
          id: providerId,
          kind: settings.kind,
          name: settings.name,
          issuer: issuerOf(settings),
          clientId: settings.clientId,
          clientSecretCredentialId: credentialId,
          scopes: settings.scopes ?? [...providerPresets[settings.kind].defaultScopes],
          jitProvisioning: settings.jitProvisioning,
          defaultRole: settings.defaultRole,
          allowedDomains: settings.allowedDomains,
          enabled: settings.enabled,
        })
        .returning(),
    );
    const view = toView(row);
    await hooks.audit?.(tx, view);
    return view;
  });
}

/** Changes a provider's settings; a new client secret replaces the sealed one. Kind and issuer stay fixed. */
export async function updateIdentityProvider(
  database: Database,
  masterKey: Buffer,
  options: { tenantId: string; providerId: string } & IdentityProviderUpdate,
  hooks: AuditHooks<IdentityProviderView> = {},
): Promise<IdentityProviderView> {
  const { tenantId, providerId, ...input } = options;
  const { clientSecret, ...changes } = parse(identityProviderUpdateSchema, input);
  return database.withTenant(tenantId, async (tx) => {
    const current = await findProvider(tx, tenantId, providerId);
    if (!current) throw new IdentityProviderNotFoundError();
    if (changes.scopes && current.kind !== "github" && !changes.scopes.includes("openid")) {
      throw new IdentityProviderInvalidError([
        { path: "scopes", message: 'must include "openid" for an OpenID Connect provider' },
      ]);
    }
    let credentialId = current.clientSecretCredentialId;
    if (clientSecret !== undefined) {
      if (credentialId) await replaceClientSecret(tx, masterKey, { tenantId, credentialId, clientSecret });
      else credentialId = await storeClientSecret(tx, masterKey, { tenantId, providerId, clientSecret });
    }
    const row = await writeProviderRow(changes.name ?? current.name, () =>
      tx
        .update(schema.identityProviders)
        .set({ ...changes, clientSecretCredentialId: credentialId })
        .where(byId(tenantId, providerId))
        .returning(),
    );
    const view = toView(row);
    await hooks.audit?.(tx, view);
    return view;
  });
}

/** The tenant's identity providers by name, for the admin screens and the sign-in page. Never the secret. */
export async function listIdentityProviders(
  database: Database,
  tenantId: string,
): Promise<IdentityProviderView[]> {
  const rows = await database.withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(schema.identityProviders)
      .where(eq(schema.identityProviders.tenantId, tenantId))
      .orderBy(asc(schema.identityProviders.name)),
  );
  return rows.map(toView);
}

/** Removes a provider, its links to users (they cascade) and its sealed client secret. */
export async function deleteIdentityProvider(
  database: Database,
  options: { tenantId: string; providerId: string },
  hooks: AuditHooks<{ providerId: string }> = {},
): Promise<void> {
  await database.withTenant(options.tenantId, async (tx) => {
    const [deleted] = await tx
      .delete(schema.identityProviders)
      .where(byId(options.tenantId, options.providerId))
      .returning({ credentialId: schema.identityProviders.clientSecretCredentialId });
    if (!deleted) throw new IdentityProviderNotFoundError();
    // The provider goes first: its foreign key to the credential cascades the other way.
    if (deleted.credentialId) {
      await tx
        .delete(schema.credentials)
        .where(
          and(
            eq(schema.credentials.tenantId, options.tenantId),
            eq(schema.credentials.id, deleted.credentialId),
          ),
        );
    }
    await hooks.audit?.(tx, { providerId: options.providerId });
  });
}

/** One provider row of the tenant, or undefined. Runs inside the caller's tenant transaction. */
export async function findProvider(
  tx: Tx,
  tenantId: string,
  providerId: string,
): Promise<IdentityProviderRow | undefined> {
  const [row] = await tx.select().from(schema.identityProviders).where(byId(tenantId, providerId));
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function byId(tenantId: string, providerId: string) {
  // A malformed id is simply not found, rather than a database cast error.
  const id = UUID.test(providerId) ? providerId : "00000000-0000-0000-0000-000000000000";
  return and(eq(schema.identityProviders.tenantId, tenantId), eq(schema.identityProviders.id, id));
}

function issuerOf(settings: ParsedSettings): string {
  switch (settings.kind) {
    case "oidc":
      return settings.issuer;
    case "google":
      return GOOGLE_ISSUER;
    case "entra":
      return entraIssuer(settings.directoryTenantId);
    case "github":
      return settings.issuer ?? GITHUB_BASE_URL;
  }
}

/** Runs the insert or update; the only unique index it can hit is (tenant, name), so that becomes "name taken". */
async function writeProviderRow(name: string, write: () => Promise<IdentityProviderRow[]>) {
  try {
    const [row] = await write();
    if (!row) throw new IdentityProviderNotFoundError();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new IdentityProviderNameTakenError(name);
    throw error;
  }
}

function parse<T extends z.ZodType>(schemaToUse: T, input: unknown): z.output<T> {
  const result = schemaToUse.safeParse(input);
  if (result.success) return result.data;
  throw new IdentityProviderInvalidError(
    result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  );
}

function toView(row: IdentityProviderRow): IdentityProviderView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    issuer: row.issuer,
    clientId: row.clientId,
    scopes: row.scopes,
    jitProvisioning: row.jitProvisioning,
    defaultRole: row.defaultRole,
    allowedDomains: row.allowedDomains,
    enabled: row.enabled,
    hasClientSecret: row.clientSecretCredentialId !== null,
    createdAt: row.createdAt,
  };
}
