import { hashPassword } from "@penny/auth";
import { type Database, schema, type Tx } from "@penny/db";
import { inArray, sql } from "drizzle-orm";
import { type DemoTenant, demoTenants } from "./demo-tenants.ts";
import { createPrng } from "./prng.ts";
import { seedCompany } from "./seed-company.ts";

export interface SeedDemoOptions {
  /** The password of every demo user. */
  password: string;
  /** The last moment of the demo company's history; defaults to now. The same value always yields the same data. */
  today?: Date;
}

export interface SeedDemoTenant {
  slug: string;
  id: string;
  name: string;
}

export interface SeedDemoResult {
  /** False when the demo was already there; nothing was changed then. */
  created: boolean;
  tenants: SeedDemoTenant[];
}

/** The tenant whose presence means the demo has been seeded. */
const markerSlug = demoTenants[0].slug;

/**
 * Creates the demo tenants, their users and Acme's sample company, once. Everything is written in one transaction,
 * so a crash never leaves a half-seeded demo, and under a lock, so two replicas starting together seed it once.
 * A tenant that already holds a demo slug is left alone, and existing users keep their password.
 */
export async function seedDemo(database: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const asOf = options.today ?? new Date();
  const present = await database.withPlatform((tx) => findDemoTenants(tx));
  if (present.some((tenant) => tenant.slug === markerSlug)) return { created: false, tenants: present };

  // Hashed once, outside the transaction: argon2 is deliberately slow and the hash is the same for every user.
  const passwordHash = await hashPassword(options.password);
  return database.withPlatform(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('penny:seed-demo'))`);
    const existing = await findDemoTenants(tx);
    if (existing.some((tenant) => tenant.slug === markerSlug)) return { created: false, tenants: existing };

    for (const tenant of demoTenants) {
      if (existing.some((found) => found.slug === tenant.slug)) continue;
      await createDemoTenant(tx, tenant, passwordHash, asOf);
    }
    return { created: true, tenants: await findDemoTenants(tx) };
  });
}

async function createDemoTenant(tx: Tx, tenant: DemoTenant, passwordHash: string, asOf: Date): Promise<void> {
  const [created] = await tx
    .insert(schema.tenants)
    .values({ slug: tenant.slug, name: tenant.name, isDemo: true })
    .returning({ id: schema.tenants.id });
  if (!created) throw new Error(`Inserting demo tenant ${tenant.slug} returned no row`);
  const tenantId = created.id;

  await tx.insert(schema.workspaces).values({ tenantId, slug: "general", name: "General", isDefault: true });

  const userIds = await ensureUsers(tx, tenant, passwordHash);
  await tx.insert(schema.memberships).values(
    tenant.members.map((member) => {
      const userId = userIds.get(member.email.toLowerCase());
      if (userId === undefined) throw new Error(`Demo user ${member.email} was neither found nor created`);
      return { tenantId, userId, role: member.role };
    }),
  );

  if (tenant.company) {
    await seedCompany(tx, {
      tenantId,
      plan: tenant.company,
      asOf,
      prng: createPrng(`penny-demo/${tenant.slug}`),
    });
  }
}

/** Creates the tenant's users that do not exist yet and returns every member's id by email. */
async function ensureUsers(tx: Tx, tenant: DemoTenant, passwordHash: string): Promise<Map<string, string>> {
  await tx
    .insert(schema.users)
    .values(
      tenant.members.map((member) => ({
        email: member.email,
        name: member.name,
        passwordHash,
        isPlatformAdmin: member.platformAdmin ?? false,
      })),
    )
    .onConflictDoNothing();
  const emails = tenant.members.map((member) => member.email.toLowerCase());
  const users = await tx
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(inArray(sql`lower(${schema.users.email})`, emails));
  return new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
}

/** The demo tenants that exist, in the order of `demoTenants`. */
async function findDemoTenants(tx: Tx): Promise<SeedDemoTenant[]> {
  const slugs = demoTenants.map((tenant) => tenant.slug);
  const rows = await tx
    .select({ slug: schema.tenants.slug, id: schema.tenants.id, name: schema.tenants.name })
    .from(schema.tenants)
    .where(inArray(schema.tenants.slug, slugs));
  return rows.sort((first, second) => slugs.indexOf(first.slug) - slugs.indexOf(second.slug));
}
