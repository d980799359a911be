import { verifyAuditChain } from "@penny/audit";
import { loadConfig } from "@penny/config";
import { type Database, pendingMigrations, schema } from "@penny/db";
import { asc, eq } from "drizzle-orm";
import { openDatabase } from "../open-database.ts";

/** `penny audit verify` could not vouch for the audit log: a chain is broken, the tenant is unknown, or the
 * schema is behind. Printed as its message alone, exit 1. */
export class AuditVerifyError extends Error {
  override readonly name = "AuditVerifyError";
  readonly code = "PENNY_AUDIT_VERIFY_FAILED";
}

/**
 * `penny audit verify [--tenant <slug>]`: recomputes every tenant's audit hash chain (or one tenant's) and prints a
 * line per tenant. Read-only; exits 1 when any chain is broken, so a cron job or deploy check can alert on it.
 */
export async function auditVerifyCommand(
  options: { tenant?: string },
  environment: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const config = loadConfig(environment);
  const database = await openDatabase(config);
  try {
    const pending = await pendingMigrations(database);
    if (pending.length > 0) {
      throw new AuditVerifyError(
        `The database is missing ${pending.length} migration(s) (${pending.join(", ")}); run \`penny migrate\` first.`,
      );
    }
    const tenants = await tenantsToVerify(database, options.tenant);
    if (tenants.length === 0) {
      console.log("There are no tenants yet; nothing to verify.");
      return;
    }
    const broken: string[] = [];
    for (const tenant of tenants) {
      const report = await verifyAuditChain(database, tenant.id);
      if (report.ok) {
        console.log(`${tenant.slug}: ${report.count} event${report.count === 1 ? "" : "s"}, chain intact`);
      } else {
        broken.push(tenant.slug);
        const { seq, eventId, reason } = report.broken;
        console.log(`${tenant.slug}: BROKEN at seq ${seq} (event ${eventId}): ${reason}`);
      }
    }
    if (broken.length > 0) {
      throw new AuditVerifyError(
        broken.length === 1
          ? `The audit chain of ${broken[0]} is broken.`
          : `The audit chains of ${broken.join(", ")} are broken.`,
      );
    }
  } finally {
    await database.close();
  }
}

async function tenantsToVerify(database: Database, slug: string | undefined) {
  const { tenants } = schema;
  const rows = await database.withPlatform((tx) =>
    tx
      .select({ id: tenants.id, slug: tenants.slug })
      .from(tenants)
      .where(slug === undefined ? undefined : eq(tenants.slug, slug))
      .orderBy(asc(tenants.slug)),
  );
  if (slug !== undefined && rows.length === 0) {
    throw new AuditVerifyError(`No tenant has the slug "${slug}".`);
  }
  return rows;
}
