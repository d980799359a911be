import { type Database, schema } from "@penny/db";
import { and, count, eq, gt, sql } from "drizzle-orm";

/**
 * Failed attempts recorded under `key` (an email, `mfa:<session>`, `reset:<email>`) within the last `minutes`,
 * kept in the database so a limit holds across replicas.
 */
export async function recentFailures(database: Database, key: string, minutes: number): Promise<number> {
  const [row] = await database.withPlatform((tx) =>
    tx
      .select({ n: count() })
      .from(schema.loginAttempts)
      .where(
        and(
          eq(schema.loginAttempts.email, key),
          eq(schema.loginAttempts.succeeded, false),
          gt(schema.loginAttempts.createdAt, sql`now() - make_interval(mins => ${minutes})`),
        ),
      ),
  );
  return row?.n ?? 0;
}

/** Records one failed attempt under `key`. */
export async function recordFailure(database: Database, key: string, ip?: string): Promise<void> {
  await database.withPlatform((tx) =>
    tx.insert(schema.loginAttempts).values({ email: key, ip, succeeded: false }),
  );
}
