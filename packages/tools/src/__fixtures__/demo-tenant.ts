import { permissionsOf } from "@penny/auth";
import { type Database, type MemberRole, schema } from "@penny/db";
import { seedDemo } from "@penny/demo";
import { inArray } from "drizzle-orm";
import type { ToolCaller } from "../tool-caller.ts";

export interface DemoTenantFixture {
  acmeId: string;
  globexId: string;
  /** Acme's member of each role, as a tool caller with that role's permissions. */
  callers: Record<MemberRole, ToolCaller>;
}

const acmeMembers: Record<MemberRole, string> = {
  admin: "admin@acme.test",
  manager: "maria@acme.test",
  creator: "dev@acme.test",
  viewer: "viewer@acme.test",
};

/** Seeds the real demo (Acme with its sample company up to `today`, and Globex) and returns Acme's callers. */
export async function seedDemoTenants(database: Database, today: Date): Promise<DemoTenantFixture> {
  const seeded = await seedDemo(database, { password: "demo-password-for-tests", today });
  const acmeId = seeded.tenants.find((tenant) => tenant.slug === "acme")?.id;
  const globexId = seeded.tenants.find((tenant) => tenant.slug === "globex")?.id;
  if (!acmeId || !globexId) throw new Error("The demo seed did not create Acme and Globex");
  const users = await database.withPlatform((tx) =>
    tx
      .select({ id: schema.users.id, email: schema.users.email })
      .from(schema.users)
      .where(inArray(schema.users.email, Object.values(acmeMembers))),
  );
  const caller = (role: MemberRole): ToolCaller => {
    const user = users.find((candidate) => candidate.email === acmeMembers[role]);
    if (!user) throw new Error(`The demo has no ${role} in Acme`);
    return { tenantId: acmeId, userId: user.id, role, permissions: new Set(permissionsOf(role)) };
  };
  return {
    acmeId,
    globexId,
    callers: {
      admin: caller("admin"),
      manager: caller("manager"),
      creator: caller("creator"),
      viewer: caller("viewer"),
    },
  };
}
