import { createSession, hashPassword } from "@penny/auth";
import { type Database, type MemberRole, schema } from "@penny/db";
import type { PennyApp } from "../build-app.ts";

export const FIXTURE_PASSWORD = "correct horse battery staple";

export interface FixtureUser {
  id: string;
  email: string;
  role: MemberRole;
  tenantId: string;
}

export interface IdentityFixture {
  tenantA: { id: string; slug: string };
  tenantB: { id: string; slug: string };
  /** Members of tenant A by role, plus B's admin and a platform administrator (a viewer of A). */
  users: Record<MemberRole | "otherAdmin" | "platformAdmin", FixtureUser>;
}

/**
 * Two tenants with one member per role in A, an admin in B and a platform administrator, all with one password.
 * Created directly in the database so each test starts from known accounts.
 */
export async function createIdentityFixture(database: Database, label = "t"): Promise<IdentityFixture> {
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  return database.withPlatform(async (tx) => {
    const [a, b] = await tx
      .insert(schema.tenants)
      .values([
        { slug: `${label}-alpha`, name: "Alpha Inc" },
        { slug: `${label}-beta`, name: "Beta Ltd" },
      ])
      .returning();
    if (!a || !b) throw new Error("fixture tenants were not created");
    const users = {} as IdentityFixture["users"];
    const plan: [keyof IdentityFixture["users"], MemberRole, string, boolean][] = [
      ["admin", "admin", a.id, false],
      ["manager", "manager", a.id, false],
      ["creator", "creator", a.id, false],
      ["viewer", "viewer", a.id, false],
      ["otherAdmin", "admin", b.id, false],
      ["platformAdmin", "viewer", a.id, true],
    ];
    for (const [key, role, tenantId, platformAdmin] of plan) {
      const email = `${key.toLowerCase()}@${label}.test`;
      const [user] = await tx
        .insert(schema.users)
        .values({ email, name: `${key} person`, passwordHash, isPlatformAdmin: platformAdmin })
        .returning();
      if (!user) throw new Error("fixture user was not created");
      await tx.insert(schema.memberships).values({ tenantId, userId: user.id, role });
      users[key] = { id: user.id, email, role, tenantId };
    }
    return { tenantA: { id: a.id, slug: a.slug }, tenantB: { id: b.id, slug: b.slug }, users };
  });
}

/** Headers of a fresh signed-in session for `user` (cookie and CSRF token), without going through argon2. */
export async function sessionHeaders(app: PennyApp, user: FixtureUser): Promise<Record<string, string>> {
  const { token, session } = await createSession(app.database, { userId: user.id, tenantId: user.tenantId });
  return { cookie: `penny_session=${token}`, "x-csrf-token": app.csrfTokenFor(session.id) };
}
