import { type Database, schema } from "@penny/db";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { recentFailures, recordFailure } from "../login/attempts.ts";
import { hashPassword, verifyPassword } from "../password.ts";
import { checkPasswordRules, WeakPasswordError } from "../password-rules.ts";
import {
  CurrentPasswordWrongError,
  PasswordChangeThrottledError,
  PasswordNotSetError,
} from "./account-errors.ts";

/** Wrong current passwords allowed per window before changing the password waits. */
const MAX_WRONG = 5;
const WINDOW_MINUTES = 15;

/**
 * Changes a person's own password after checking the current one. Every other session of the account ends (the
 * one making the change stays), so a session someone else holds stops working at once.
 */
export async function changePassword(
  database: Database,
  options: {
    userId: string;
    currentSessionId: string | undefined;
    currentPassword: string;
    newPassword: string;
    ip?: string;
  },
): Promise<{ endedSessions: number }> {
  const [user] = await database.withPlatform((tx) =>
    tx
      .select({ email: schema.users.email, passwordHash: schema.users.passwordHash })
      .from(schema.users)
      .where(eq(schema.users.id, options.userId)),
  );
  if (!user?.passwordHash) throw new PasswordNotSetError();
  const attemptsKey = `password-change:${options.userId}`;
  if ((await recentFailures(database, attemptsKey, WINDOW_MINUTES)) >= MAX_WRONG) {
    throw new PasswordChangeThrottledError(WINDOW_MINUTES);
  }
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    await recordFailure(database, attemptsKey, options.ip);
    throw new CurrentPasswordWrongError();
  }
  const problems = checkPasswordRules(options.newPassword, { email: user.email });
  if (problems.length > 0) throw new WeakPasswordError(problems);
  const passwordHash = await hashPassword(options.newPassword);
  return database.withPlatform(async (tx) => {
    await tx
      .update(schema.users)
      .set({ passwordHash, passwordChangedAt: sql`now()` })
      .where(eq(schema.users.id, options.userId));
    const others = [eq(schema.sessions.userId, options.userId), isNull(schema.sessions.revokedAt)];
    if (options.currentSessionId) others.push(ne(schema.sessions.id, options.currentSessionId));
    const ended = await tx
      .update(schema.sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(...others))
      .returning({ id: schema.sessions.id });
    return { endedSessions: ended.length };
  });
}
