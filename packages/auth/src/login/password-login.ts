import { type Database, type MemberRole, schema } from "@penny/db";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { hashPassword, verifyPassword } from "../password.ts";

/** Failed sign-ins for one email within the window after which it is locked out for the rest of the window. */
export const LOGIN_FAILURES_PER_EMAIL = 5;
/** Attempts from one address within the window, to slow down spraying many emails. */
export const LOGIN_ATTEMPTS_PER_IP = 50;
export const LOGIN_WINDOW_MINUTES = 15;

export interface PasswordLoginResult {
  userId: string;
  tenantId: string;
  tenantSlug: string;
  role: MemberRole;
}

// A real argon2id hash of a random password, verified when the email is unknown so both answers take as long.
let decoyHash: Promise<string> | undefined;
const decoy = () => {
  decoyHash ??= hashPassword(crypto.randomUUID());
  return decoyHash;
};

/**
 * Checks an email and password and picks the tenant to enter (`tenantSlug`, or the user's oldest membership).
 * An unknown email and a wrong password take the same time and give the same answer; after
 * LOGIN_FAILURES_PER_EMAIL failures an email is locked for the window whether or not it exists.
 */
export async function loginWithPassword(
  database: Database,
  options: {
    email: string;
    password: string;
    tenantSlug?: string;
    ip?: string;
    /** Told about a failed attempt on an existing account, so it can be audited in that account's tenants. */
    onFailure?: (failure: { userId: string; reason: "password" | "inactive" }) => Promise<void>;
  },
): Promise<PasswordLoginResult> {
  const email = options.email.trim().toLowerCase();
  await refuseIfThrottled(database, email, options.ip);

  const [user] = await database.withPlatform((tx) =>
    tx.select().from(schema.users).where(sql`lower(${schema.users.email}) = ${email}`),
  );
  const hash = user?.passwordHash ?? (await decoy());
  const passwordMatches = await verifyPassword(hash, options.password).catch(() => false);
  const usable =
    user !== undefined && user.passwordHash !== null && user.status === "active" && passwordMatches;

  if (!usable) {
    await recordAttempt(database, { email, ip: options.ip, succeeded: false, userId: user?.id });
    if (user)
      await options.onFailure?.({ userId: user.id, reason: passwordMatches ? "inactive" : "password" });
    throw new AuthError("PENNY_LOGIN_FAILED", "The email or password is incorrect.");
  }

  const membership = await chooseMembership(database, user.id, options.tenantSlug);
  await recordAttempt(database, { email, ip: options.ip, succeeded: true, userId: user.id });
  return { userId: user.id, ...membership };
}

async function refuseIfThrottled(database: Database, email: string, ip: string | undefined) {
  const since = sql`now() - make_interval(mins => ${LOGIN_WINDOW_MINUTES})`;
  const [byEmail, byIp] = await database.withPlatform(async (tx) => [
    (
      await tx
        .select({ n: count() })
        .from(schema.loginAttempts)
        .where(
          and(
            eq(schema.loginAttempts.email, email),
            eq(schema.loginAttempts.succeeded, false),
            gt(schema.loginAttempts.createdAt, since),
          ),
        )
    )[0]?.n ?? 0,
    ip
      ? ((
          await tx
            .select({ n: count() })
            .from(schema.loginAttempts)
            .where(and(eq(schema.loginAttempts.ip, ip), gt(schema.loginAttempts.createdAt, since)))
        )[0]?.n ?? 0)
      : 0,
  ]);
  if (byEmail >= LOGIN_FAILURES_PER_EMAIL || byIp >= LOGIN_ATTEMPTS_PER_IP) {
    throw new AuthError(
      "PENNY_LOGIN_THROTTLED",
      `Too many failed sign-ins. Sign-in is locked for up to ${LOGIN_WINDOW_MINUTES} minutes; wait, or reset your password.`,
    );
  }
}

async function recordAttempt(
  database: Database,
  attempt: { email: string; ip: string | undefined; succeeded: boolean; userId: string | undefined },
) {
  await database.withPlatform(async (tx) => {
    await tx
      .insert(schema.loginAttempts)
      .values({ email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded });
    if (!attempt.userId) return;
    if (attempt.succeeded) {
      await tx
        .update(schema.users)
        .set({ failedLoginCount: 0, lockedUntil: null })
        .where(eq(schema.users.id, attempt.userId));
      // A success clears the email's recent failures, so a person who finally typed it right is not locked later.
      await tx
        .delete(schema.loginAttempts)
        .where(and(eq(schema.loginAttempts.email, attempt.email), eq(schema.loginAttempts.succeeded, false)));
    } else {
      await tx
        .update(schema.users)
        .set({
          failedLoginCount: sql`${schema.users.failedLoginCount} + 1`,
          lockedUntil: sql`case when ${schema.users.failedLoginCount} + 1 >= ${LOGIN_FAILURES_PER_EMAIL}
            then now() + make_interval(mins => ${LOGIN_WINDOW_MINUTES}) else ${schema.users.lockedUntil} end`,
        })
        .where(eq(schema.users.id, attempt.userId));
    }
  });
}

/** The membership to enter: the named tenant, or the oldest active one. */
export async function chooseMembership(
  database: Database,
  userId: string,
  tenantSlug?: string,
): Promise<{ tenantId: string; tenantSlug: string; role: MemberRole }> {
  const rows = await database.withPlatform((tx) =>
    tx
      .select({ tenantId: schema.tenants.id, tenantSlug: schema.tenants.slug, role: schema.memberships.role })
      .from(schema.memberships)
      .innerJoin(schema.tenants, eq(schema.tenants.id, schema.memberships.tenantId))
      .where(
        and(
          eq(schema.memberships.userId, userId),
          eq(schema.memberships.status, "active"),
          eq(schema.tenants.status, "active"),
          tenantSlug ? eq(schema.tenants.slug, tenantSlug) : undefined,
        ),
      )
      .orderBy(asc(schema.memberships.createdAt))
      .limit(1),
  );
  const membership = rows[0];
  if (!membership) {
    throw new AuthError(
      "PENNY_NO_TENANT",
      tenantSlug ? `You are not a member of "${tenantSlug}".` : "Your account is not a member of any tenant.",
    );
  }
  return membership;
}
