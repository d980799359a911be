import { type Permission, permissionsOf } from "@penny/auth";
import { type MemberRole, memberRoles, schema } from "@penny/db";
import { and, asc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { z } from "zod";

export const meSchema = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }).nullable(),
    tenant: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    role: z.enum(memberRoles).nullable().describe("Null for a tenant service key"),
    permissions: z.array(z.string()),
    via: z.enum(["session", "api_key"]),
    platformAdmin: z.boolean(),
    tenants: z
      .array(z.object({ slug: z.string(), name: z.string(), role: z.enum(memberRoles) }))
      .describe("Every tenant this account may switch to"),
    csrfToken: z
      .string()
      .optional()
      .describe("Send it as x-csrf-token on writes made with the session cookie"),
  })
  .describe("The caller: account, active tenant, role and permissions");

export type Me = z.infer<typeof meSchema>;

/** Builds the `me` view for a caller; the same shape answers sign-in, GET /v1/me and a tenant switch. */
export async function describeMe(
  app: FastifyInstance,
  caller: {
    via: "session" | "api_key";
    userId: string | null;
    tenantId: string;
    role: MemberRole | null;
    sessionId?: string;
    permissions?: Iterable<Permission>;
  },
): Promise<Me> {
  return app.database.withPlatform(async (tx) => {
    const [tenant] = await tx
      .select({ id: schema.tenants.id, slug: schema.tenants.slug, name: schema.tenants.name })
      .from(schema.tenants)
      .where(eq(schema.tenants.id, caller.tenantId));
    if (!tenant) throw new Error(`Tenant ${caller.tenantId} of an authenticated caller is gone`);
    const [user] = caller.userId
      ? await tx
          .select({
            id: schema.users.id,
            email: schema.users.email,
            name: schema.users.name,
            platformAdmin: schema.users.isPlatformAdmin,
          })
          .from(schema.users)
          .where(eq(schema.users.id, caller.userId))
      : [];
    const tenants = caller.userId
      ? await tx
          .select({ slug: schema.tenants.slug, name: schema.tenants.name, role: schema.memberships.role })
          .from(schema.memberships)
          .innerJoin(schema.tenants, eq(schema.tenants.id, schema.memberships.tenantId))
          .where(
            and(
              eq(schema.memberships.userId, caller.userId),
              eq(schema.memberships.status, "active"),
              eq(schema.tenants.status, "active"),
            ),
          )
          .orderBy(asc(schema.tenants.name))
      : [];
    const permissions = [...(caller.permissions ?? (caller.role ? permissionsOf(caller.role) : []))].sort();
    return {
      user: user ? { id: user.id, email: user.email, name: user.name } : null,
      tenant,
      role: caller.role,
      permissions,
      via: caller.via,
      platformAdmin: user?.platformAdmin ?? false,
      tenants,
      ...(caller.sessionId ? { csrfToken: app.csrfTokenFor(caller.sessionId) } : {}),
    };
  });
}
