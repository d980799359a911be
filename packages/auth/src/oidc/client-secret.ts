import { schema, type Tx } from "@penny/db";
import { openSecret, sealSecret } from "@penny/vault";
import { and, eq, sql } from "drizzle-orm";

/** The `credentials.kind` of an identity provider's client secret. */
const CREDENTIAL_KIND = "identity_provider_client_secret";

/** One credential per provider, named after it, so a provider's secret is easy to find and never shared. */
function credentialName(providerId: string): string {
  return `identity-provider:${providerId}:client-secret`;
}

/** Sealing is bound to the tenant and credential name, so a sealed secret copied to another row does not open. */
function sealingContext(tenantId: string, name: string): string {
  return `credential:${tenantId}:${name}`;
}

/** Seals `clientSecret` into a new credential row of the tenant and returns the row's id. */
export async function storeClientSecret(
  tx: Tx,
  masterKey: Buffer,
  options: { tenantId: string; providerId: string; clientSecret: string },
): Promise<string> {
  const name = credentialName(options.providerId);
  const sealed = sealSecret(masterKey, options.clientSecret, sealingContext(options.tenantId, name));
  const [row] = await tx
    .insert(schema.credentials)
    .values({ tenantId: options.tenantId, name, kind: CREDENTIAL_KIND, ...sealed })
    .returning({ id: schema.credentials.id });
  if (!row) throw new Error("Storing a client secret returned no row");
  return row.id;
}

/** Re-seals a rotated client secret into the provider's existing credential row. */
export async function replaceClientSecret(
  tx: Tx,
  masterKey: Buffer,
  options: { tenantId: string; credentialId: string; clientSecret: string },
): Promise<void> {
  const [row] = await tx
    .select({ name: schema.credentials.name })
    .from(schema.credentials)
    .where(
      and(eq(schema.credentials.tenantId, options.tenantId), eq(schema.credentials.id, options.credentialId)),
    );
  if (!row) throw new Error(`Credential ${options.credentialId} of an identity provider is missing`);
  const sealed = sealSecret(masterKey, options.clientSecret, sealingContext(options.tenantId, row.name));
  await tx
    .update(schema.credentials)
    .set({ ...sealed, rotatedAt: sql`now()` })
    .where(
      and(eq(schema.credentials.tenantId, options.tenantId), eq(schema.credentials.id, options.credentialId)),
    );
}

/** The plaintext client secret, or undefined when the provider has none (a public client). */
export async function readClientSecret(
  tx: Tx,
  masterKey: Buffer,
  options: { tenantId: string; credentialId: string | null },
): Promise<string | undefined> {
  if (!options.credentialId) return undefined;
  const [row] = await tx
    .select()
    .from(schema.credentials)
    .where(
      and(eq(schema.credentials.tenantId, options.tenantId), eq(schema.credentials.id, options.credentialId)),
    );
  if (!row) return undefined;
  return openSecret(masterKey, row, sealingContext(options.tenantId, row.name)).toString("utf8");
}
