import { type Database, schema } from "@penny/db";
import type { Mailer } from "@penny/mail";
import { sql } from "drizzle-orm";
import { recentFailures, recordFailure } from "../login/attempts.ts";
import { newSecretToken } from "../tokens.ts";

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 60;
/** Reset mails per email address per hour, so the feature cannot be used to flood someone's inbox. */
export const PASSWORD_RESETS_PER_HOUR = 3;

/**
 * Mails a single-use reset link if an active account with a password uses `email`. The caller always answers the
 * same way, so whether an account exists is never revealed; the mail is only sent when it does.
 */
export async function requestPasswordReset(
  database: Database,
  options: { email: string; mailer: Mailer; baseUrl: string; ip?: string },
): Promise<{ sent: boolean }> {
  const email = options.email.trim().toLowerCase();
  const attemptKey = `reset:${email}`;
  if ((await recentFailures(database, attemptKey, 60)) >= PASSWORD_RESETS_PER_HOUR) return { sent: false };
  await recordFailure(database, attemptKey, options.ip);
  const issued = await database.withPlatform(async (tx) => {
    const [user] = await tx
      .select({
        id: schema.users.id,
        name: schema.users.name,
        status: schema.users.status,
        hasPassword: sql<boolean>`${schema.users.passwordHash} is not null`,
      })
      .from(schema.users)
      .where(sql`lower(${schema.users.email}) = ${email}`);
    if (user?.status !== "active" || !user.hasPassword) return undefined;
    const { token, hash } = newSecretToken();
    await tx.insert(schema.passwordResetTokens).values({
      userId: user.id,
      tokenHash: hash,
      expiresAt: sql`now() + make_interval(mins => ${PASSWORD_RESET_TTL_MINUTES})`,
    });
    return { token, name: user.name };
  });
  if (!issued) return { sent: false };
  const link = `${options.baseUrl}/reset-password/${issued.token}`;
  await options.mailer.send({
    to: email,
    subject: "Reset your Penny password",
    text: `Hello ${issued.name},\n\nSomeone (hopefully you) asked to reset your Penny password. Choose a new one here within ${PASSWORD_RESET_TTL_MINUTES} minutes:\n\n${link}\n\nIf it was not you, ignore this mail; your password stays as it is.\n`,
  });
  return { sent: true };
}
