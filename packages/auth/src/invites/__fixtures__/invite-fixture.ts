import { type Database, schema } from "@penny/db";
import { eq, sql } from "drizzle-orm";
import { hashPassword } from "../../password.ts";

/** A tenant with one active admin, written directly as seeding would. */
export async function createTenantWithAdmin(
  database: Database,
  details: { slug: string; name: string; adminEmail: string },
): Promise<{ tenantId: string; adminId: string }> {
  return database.withPlatform(async (tx) => {
    const [tenant] = await tx
      .insert(schema.tenants)
      .values({ slug: details.slug, name: details.name })
      .returning({ id: schema.tenants.id });
    const [admin] = await tx
      .insert(schema.users)
      .values({ email: details.adminEmail, name: `Admin of ${details.name}` })
      .returning({ id: schema.users.id });
    if (!tenant || !admin) throw new Error("Fixture insert returned no row");
    await tx.insert(schema.memberships).values({ tenantId: tenant.id, userId: admin.id, role: "admin" });
    return { tenantId: tenant.id, adminId: admin.id };
  });
}

/** A user with a password, member of no tenant. */
export async function createUser(
  database: Database,
  details: { email: string; name: string; password: string },
): Promise<string> {
  const passwordHash = await hashPassword(details.password);
  const [user] = await database.withPlatform((tx) =>
    tx
      .insert(schema.users)
      .values({ email: details.email, name: details.name, passwordHash })
      .returning({ id: schema.users.id }),
  );
  if (!user) throw new Error("Fixture insert returned no row");
  return user.id;
}

/** The tenant's memberships as `email role status`, sorted, for before/after comparisons. */
export async function membershipsOf(database: Database, tenantId: string): Promise<string[]> {
  const rows = await database.withPlatform((tx) =>
    tx
      .select({ email: schema.users.email, role: schema.memberships.role, status: schema.memberships.status })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .where(eq(schema.memberships.tenantId, tenantId)),
  );
  return rows.map((row) => `${row.email} ${row.role} ${row.status}`).sort();
}

/** The user stored for an address, if any. */
export async function userByEmail(database: Database, email: string) {
  const [user] = await database.withPlatform((tx) =>
    tx.select().from(schema.users).where(sql`lower(${schema.users.email}) = ${email.toLowerCase()}`),
  );
  return user;
}

/** The tenant's audit events in order, as the parts the invite tests check. */
export async function auditTrail(database: Database, tenantId: string) {
  return database.withPlatform((tx) =>
    tx
      .select({
        action: schema.auditEvents.action,
        outcome: schema.auditEvents.outcome,
        target: schema.auditEvents.target,
        actorType: schema.auditEvents.actorType,
        actorId: schema.auditEvents.actorId,
        data: schema.auditEvents.data,
        ip: schema.auditEvents.ip,
        requestId: schema.auditEvents.requestId,
      })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.tenantId, tenantId))
      .orderBy(schema.auditEvents.seq),
  );
}

/** Moves an invitation's expiry into the past, as time passing would. */
export async function expireInvite(database: Database, inviteId: string): Promise<void> {
  await database.withPlatform((tx) =>
    tx
      .update(schema.invites)
      .set({ expiresAt: sql`now() - interval '1 hour'` })
      .where(eq(schema.invites.id, inviteId)),
  );
}

/** A pino-shaped logger that keeps its lines. */
export function recordingLogger() {
  const lines: { details: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    info: (details: Record<string, unknown>, message: string) => {
      lines.push({ details, message });
    },
  };
}
