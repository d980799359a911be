import type { Config } from "@penny/config";
import { auditRowLevelSecurity, type Database } from "@penny/db";
import { seedDemo } from "@penny/demo";
import type { Logger } from "pino";
import { IsolationGapError } from "./isolation-gap-error.ts";

/**
 * Runs once the schema is current and before the server takes requests. A failure stops the start, as a failed
 * migration does: Penny refuses to serve from a database whose tenant isolation is incomplete, and seeds the demo
 * tenants when the configuration asks for them.
 */
export async function afterMigrate(config: Config, database: Database, logger: Logger): Promise<void> {
  const gaps = await auditRowLevelSecurity(database);
  if (gaps.length > 0) throw new IsolationGapError(gaps);
  if (config.demo) await seedDemoTenants(config, database, logger);
}

/** Creates the demo tenants once and says how to sign in, with a warning that the password is a demo one. */
export async function seedDemoTenants(config: Config, database: Database, logger: Logger): Promise<boolean> {
  const result = await seedDemo(database, { password: config.demoPassword });
  if (!result.created) return false;
  const names = result.tenants.map((tenant) => `${tenant.name} (${tenant.slug})`).join(", ");
  logger.warn(
    `Created the demo tenants ${names}. Sign in as admin@acme.test with the DEMO password "${config.demoPassword}"` +
      " — anyone who reads this can too: set PENNY_DEMO_PASSWORD before the first start, or remove the demo tenants before real use.",
  );
  return true;
}
