import { type Database, schema, type Tx } from "@penny/db";
import { eq, sql } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";

/**
 * Creates a tenant with its default workspace and, optionally, an existing user as its first admin. Platform work:
 * the caller must be a platform administrator.
 */
export async function createTenant(
  database: Database,
  options: {
    slug: string;
    name: string;
    adminEmail?: string;
    audit?: (tx: Tx, tenant: { id: string; slug: string; adminUserId: string | null }) => Promise<void>;
  },
): Promise<{ id: string; slug: string; name: string; adminUserId: string | null }> {
  return database.withPlatform(async (tx) => {
    const [existing] = await tx
      .select({ id: schema.tenants.id })
      .from(schema.tenants)
      .where(eq(schema.tenants.slug, options.slug));
    if (existing)
      throw new AuthError("PENNY_CONFLICT", `The slug "${options.slug}" is taken; choose another.`);
    const [tenant] = await tx
      .insert(schema.tenants)
      .values({ slug: options.slug, name: options.name })
      .returning();
    if (!tenant) throw new Error("Creating a tenant returned no row");
    await tx
      .insert(schema.workspaces)
      .values({ tenantId: tenant.id, slug: "general", name: "General", isDefault: true });
    let adminUserId: string | null = null;
    if (options.adminEmail) {
      const [user] = await tx
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(sql`lower(${schema.users.email}) = ${options.adminEmail.trim().toLowerCase()}`);
      if (!user) {
        throw new AuthError(
          "PENNY_NOT_FOUND",
          `No account uses ${options.adminEmail}; invite them once the tenant exists.`,
        );
      }
      await tx.insert(schema.memberships).values({ tenantId: tenant.id, userId: user.id, role: "admin" });
      adminUserId = user.id;
    }
    await options.audit?.(tx, { id: tenant.id, slug: tenant.slug, adminUserId });
    return { id: tenant.id, slug: tenant.slug, name: tenant.name, adminUserId };
  });
}

/** Whether `userId` is a platform administrator (may create tenants). */
export async function isPlatformAdmin(database: Database, userId: string): Promise<boolean> {
  const [user] = await database.withPlatform((tx) =>
    tx.select({ admin: schema.users.isPlatformAdmin }).from(schema.users).where(eq(schema.users.id, userId)),
  );
  return user?.admin === true;
}
