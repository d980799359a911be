import { randomUUID } from "node:crypto";
import { type Database, schema } from "@penny/db";

/** A new tenant with a unique slug; returns its id. */
export async function createTenant(database: Database, name = "Tenant"): Promise<string> {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const [tenant] = await database.withPlatform((tx) =>
    tx.insert(schema.tenants).values({ slug, name }).returning(),
  );
  if (!tenant) throw new Error("no tenant row returned");
  return tenant.id;
}
