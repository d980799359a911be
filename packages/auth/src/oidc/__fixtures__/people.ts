import { type Database, type MemberRole, schema } from "@penny/db";
import { and, eq } from "drizzle-orm";

/** A tenant row, straight into the table: these tests are about sign-in, not tenant creation. */
export async function createTestTenant(database: Database, slug: string): Promise<string> {
  const [row] = await database.withPlatform((tx) =>
    tx.insert(schema.tenants).values({ slug, name: slug }).returning({ id: schema.tenants.id }),
  );
  if (!row) throw new Error("no tenant row");
  return row.id;
}

/** A user with a password (a local account) and, optionally, memberships. */
export async function createTestUser(
  database: Database,
  options: {
    email: string;
    memberships?: Array<{ tenantId: string; role: MemberRole }>;
    isPlatformAdmin?: boolean;
  },
): Promise<string> {
  return database.withPlatform(async (tx) => {
    const [user] = await tx
      .insert(schema.users)
      .values({
        email: options.email,
        name: options.email,
        passwordHash: "$argon2id$placeholder",
        isPlatformAdmin: options.isPlatformAdmin ?? false,
      })
      .returning({ id: schema.users.id });
    if (!user) throw new Error("no user row");
    for (const membership of options.memberships ?? []) {
      await tx.insert(schema.memberships).values({ ...membership, userId: user.id });
    }
    return user.id;
  });
}

/** Everything sign-in may have written about a user in a tenant, for assertions. */
export async function describeUser(database: Database, options: { userId: string; tenantId: string }) {
  return database.withPlatform(async (tx) => {
    const [user] = await tx.select().from(schema.users).where(eq(schema.users.id, options.userId));
    const memberships = await tx
      .select({ role: schema.memberships.role })
      .from(schema.memberships)
      .where(
        and(eq(schema.memberships.userId, options.userId), eq(schema.memberships.tenantId, options.tenantId)),
      );
    const identities = await tx
      .select()
      .from(schema.externalIdentities)
      .where(eq(schema.externalIdentities.userId, options.userId));
    return { user, memberships, identities };
  });
}
