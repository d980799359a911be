import { randomUUID } from "node:crypto";
import { schema, type Tx } from "@penny/db";
import { openSecret, sealSecret } from "@penny/vault";
import { asc, eq } from "drizzle-orm";
import type { ConnectionTestResult } from "../connection-test-result.ts";
import type { DatasourceKind } from "../kinds/datasource-kind-info.ts";

const { credentials, datasources } = schema;
const CREDENTIAL_KIND = "datasource_secret";

/** A datasource as the API shows it: settings and last test, never its secret. */
export interface DatasourceView {
  id: string;
  name: string;
  kind: DatasourceKind;
  config: Record<string, unknown>;
  hasSecret: boolean;
  lastTestedAt: Date | null;
  lastTestOk: boolean | null;
  lastTestMessage: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const columns = {
  id: datasources.id,
  name: datasources.name,
  kind: datasources.kind,
  config: datasources.config,
  credentialId: datasources.credentialId,
  lastTestedAt: datasources.lastTestedAt,
  lastTestOk: datasources.lastTestOk,
  lastTestMessage: datasources.lastTestMessage,
  createdAt: datasources.createdAt,
  updatedAt: datasources.updatedAt,
};

type Row = Omit<DatasourceView, "hasSecret"> & { credentialId: string | null };

function toView({ credentialId, ...row }: Row): DatasourceView {
  return { ...row, hasSecret: credentialId !== null };
}

/** Sealing is bound to the tenant and the credential's name, as for integrations and model keys. */
const sealingContext = (tenantId: string, name: string) => `credential:${tenantId}:${name}`;

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The tenant's datasources, by name. */
export async function listDatasources(tx: Tx): Promise<DatasourceView[]> {
  const rows = await tx.select(columns).from(datasources).orderBy(asc(datasources.name));
  return rows.map((row) => toView(row));
}

/** One datasource by id or by name, or undefined. */
export async function findDatasource(tx: Tx, idOrName: string): Promise<DatasourceView | undefined> {
  const [row] = await tx
    .select(columns)
    .from(datasources)
    .where(isUuid(idOrName) ? eq(datasources.id, idOrName) : eq(datasources.name, idOrName));
  return row ? toView(row) : undefined;
}

async function sealCredential(tx: Tx, masterKey: Buffer, tenantId: string, secret: unknown): Promise<string> {
  const name = `datasource:${randomUUID()}:secret`;
  const sealed = sealSecret(masterKey, JSON.stringify(secret), sealingContext(tenantId, name));
  const [credential] = await tx
    .insert(credentials)
    .values({ tenantId, name, kind: CREDENTIAL_KIND, ...sealed })
    .returning({ id: credentials.id });
  if (!credential) throw new Error("insert returned no row");
  return credential.id;
}

/** Stores a new datasource, sealing its secret (when it has one) in the vault in the same transaction. */
export async function insertDatasource(
  tx: Tx,
  masterKey: Buffer,
  input: {
    tenantId: string;
    name: string;
    kind: DatasourceKind;
    config: Record<string, unknown>;
    secret: unknown;
    userId: string | null;
  },
): Promise<DatasourceView> {
  const credentialId =
    input.secret === undefined ? null : await sealCredential(tx, masterKey, input.tenantId, input.secret);
  const [row] = await tx
    .insert(datasources)
    .values({
      tenantId: input.tenantId,
      name: input.name,
      kind: input.kind,
      config: input.config,
      credentialId,
      createdBy: input.userId,
    })
    .returning(columns);
  if (!row) throw new Error("insert returned no row");
  return toView(row);
}

/**
 * Replaces a datasource's name/settings and, when `secret` is given, rotates its secret (the old sealed value is
 * deleted in the same transaction). The last test is cleared: it spoke about the old settings.
 */
export async function updateDatasource(
  tx: Tx,
  masterKey: Buffer,
  input: { tenantId: string; id: string; name: string; config: Record<string, unknown>; secret?: unknown },
): Promise<DatasourceView | undefined> {
  const [previous] = await tx
    .select({ credentialId: datasources.credentialId })
    .from(datasources)
    .where(eq(datasources.id, input.id));
  if (!previous) return undefined;
  const credentialId =
    input.secret === undefined
      ? previous.credentialId
      : await sealCredential(tx, masterKey, input.tenantId, input.secret);
  const [row] = await tx
    .update(datasources)
    .set({
      name: input.name,
      config: input.config,
      credentialId,
      lastTestedAt: null,
      lastTestOk: null,
      lastTestMessage: null,
      updatedAt: new Date(),
    })
    .where(eq(datasources.id, input.id))
    .returning(columns);
  if (input.secret !== undefined && previous.credentialId) {
    await tx.delete(credentials).where(eq(credentials.id, previous.credentialId));
  }
  return row ? toView(row) : undefined;
}

/** Deletes a datasource and its sealed secret. Undefined when there was none. */
export async function deleteDatasource(tx: Tx, id: string): Promise<DatasourceView | undefined> {
  const [deleted] = await tx.delete(datasources).where(eq(datasources.id, id)).returning(columns);
  if (!deleted) return undefined;
  if (deleted.credentialId) await tx.delete(credentials).where(eq(credentials.id, deleted.credentialId));
  return toView(deleted);
}

/** Keeps the outcome of the last connection test for the admin view. */
export async function recordDatasourceTest(
  tx: Tx,
  input: { id: string; result: ConnectionTestResult; testedAt: Date },
): Promise<void> {
  await tx
    .update(datasources)
    .set({
      lastTestedAt: input.testedAt,
      lastTestOk: input.result.ok,
      lastTestMessage: input.result.message,
    })
    .where(eq(datasources.id, input.id));
}

/** A datasource's opened secret (unparsed), or undefined when it has none. */
export async function loadDatasourceSecret(
  tx: Tx,
  masterKey: Buffer,
  input: { tenantId: string; id: string },
): Promise<unknown> {
  const [row] = await tx
    .select({ credential: credentials })
    .from(datasources)
    .innerJoin(credentials, eq(credentials.id, datasources.credentialId))
    .where(eq(datasources.id, input.id));
  if (!row) return undefined;
  const opened = openSecret(masterKey, row.credential, sealingContext(input.tenantId, row.credential.name));
  return JSON.parse(opened.toString("utf8")) as unknown;
}

/** An uploaded file (a `documents` row) as an upload datasource reads it. */
export async function findUploadedFile(
  tx: Tx,
  id: string,
): Promise<{ id: string; name: string; mime: string; blobKey: string; contentHash: string } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx
    .select({
      id: schema.documents.id,
      name: schema.documents.name,
      mime: schema.documents.mime,
      blobKey: schema.documents.blobKey,
      contentHash: schema.documents.contentHash,
    })
    .from(schema.documents)
    .where(eq(schema.documents.id, id));
  return row;
}
