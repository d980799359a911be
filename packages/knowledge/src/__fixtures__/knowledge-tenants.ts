import { randomUUID } from "node:crypto";
import { type Database, type MemberRole, schema } from "@penny/db";

/** Two tenants with the people the access rules tell apart. */
export interface KnowledgeTenants {
  acme: {
    tenantId: string;
    admin: string;
    creator: string;
    viewer: string;
    /** A viewer in the "legal" group. */
    lawyer: string;
    legalGroupId: string;
  };
  globex: { tenantId: string; admin: string };
}

/** Seeds the tenants, their default workspaces, members and the legal group. */
export async function seedKnowledgeTenants(database: Database): Promise<KnowledgeTenants> {
  const suffix = randomUUID().slice(0, 8);
  return database.withPlatform(async (tx) => {
    const tenants = await tx
      .insert(schema.tenants)
      .values([
        { slug: `acme-${suffix}`, name: "Acme" },
        { slug: `globex-${suffix}`, name: "Globex" },
      ])
      .returning({ id: schema.tenants.id });
    const acmeId = tenants[0]?.id as string;
    const globexId = tenants[1]?.id as string;
    await tx.insert(schema.workspaces).values([
      { tenantId: acmeId, slug: "general", name: "General", isDefault: true },
      { tenantId: globexId, slug: "general", name: "General", isDefault: true },
    ]);
    const person = async (tenantId: string, label: string, role: MemberRole) => {
      const [user] = await tx
        .insert(schema.users)
        .values({ email: `${label}-${suffix}@knowledge.test`, name: label })
        .returning({ id: schema.users.id });
      await tx.insert(schema.memberships).values({ tenantId, userId: user?.id as string, role });
      return user?.id as string;
    };
    const admin = await person(acmeId, "admin", "admin");
    const creator = await person(acmeId, "creator", "creator");
    const viewer = await person(acmeId, "viewer", "viewer");
    const lawyer = await person(acmeId, "lawyer", "viewer");
    const [group] = await tx
      .insert(schema.groups)
      .values({ tenantId: acmeId, name: "legal" })
      .returning({ id: schema.groups.id });
    await tx
      .insert(schema.groupMembers)
      .values({ tenantId: acmeId, groupId: group?.id as string, userId: lawyer });
    const globexAdmin = await person(globexId, "globex-admin", "admin");
    return {
      acme: { tenantId: acmeId, admin, creator, viewer, lawyer, legalGroupId: group?.id as string },
      globex: { tenantId: globexId, admin: globexAdmin },
    };
  });
}
