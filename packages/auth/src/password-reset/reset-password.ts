import { type Database, schema } from "@penny/db";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { hashPassword } from "../password.ts";
import { checkPasswordRules, WeakPasswordError } from "../password-rules.ts";
import { hashToken } from "../tokens.ts";

/**
 * Sets a new password with a reset token. The token works once and only before it expires; every session of the
 * account ends and its sign-in lockout is lifted, since the person has just proven they own the mailbox.
 */
export async function resetPassword(
  database: Database,
  options: { token: string; password: string },
): Promise<{ userId: string; tenantIds: string[] }> {
  const [found] = await database.withPlatform((tx) =>
    tx
      .select({ userId: schema.passwordResetTokens.userId, email: schema.users.email })
      .from(schema.passwordResetTokens)
      .innerJoin(schema.users, eq(schema.users.id, schema.passwordResetTokens.userId))
      .where(
        and(
          eq(schema.passwordResetTokens.tokenHash, hashToken(options.token)),
          isNull(schema.passwordResetTokens.usedAt),
          gt(schema.passwordResetTokens.expiresAt, sql`now()`),
        ),
      ),
  );
  if (!found) {
    throw new AuthError("PENNY_NOT_FOUND", "This reset link is unknown, used or expired; ask for a new one.");
  }
  const problems = checkPasswordRules(options.password, { email: found.email });
  if (problems.length > 0) throw new WeakPasswordError(problems);
  const passwordHash = await hashPassword(options.password);
  return database.withPlatform(async (tx) => {
    // Claimed with a condition, so two requests racing with one token cannot both set a password.
    const claimed = await tx
      .update(schema.passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(schema.passwordResetTokens.tokenHash, hashToken(options.token)),
          isNull(schema.passwordResetTokens.usedAt),
        ),
      )
      .returning({ id: schema.passwordResetTokens.id });
    if (claimed.length === 0) throw new AuthError("PENNY_NOT_FOUND", "This reset link was already used.");
    await tx
      .update(schema.users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, failedLoginCount: 0, lockedUntil: null })
      .where(eq(schema.users.id, found.userId));
    await tx
      .update(schema.sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(schema.sessions.userId, found.userId), isNull(schema.sessions.revokedAt)));
    await tx
      .delete(schema.loginAttempts)
      .where(
        and(
          eq(schema.loginAttempts.email, found.email.toLowerCase()),
          eq(schema.loginAttempts.succeeded, false),
        ),
      );
    const memberships = await tx
      .select({ tenantId: schema.memberships.tenantId })
      .from(schema.memberships)
      .where(eq(schema.memberships.userId, found.userId));
    return { userId: found.userId, tenantIds: memberships.map((membership) => membership.tenantId) };
  });
}
