import { type Database, schema } from "@penny/db";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { hashToken } from "../tokens.ts";
import { OidcStateExpiredError } from "./errors/oidc-state-expired-error.ts";
import { OidcStateInvalidError } from "./errors/oidc-state-invalid-error.ts";
import { OidcStateReplayedError } from "./errors/oidc-state-replayed-error.ts";

/** How long a started sign-in may take; long enough for a password and a second factor at the provider. */
export const OIDC_LOGIN_TTL_MINUTES = 10;

export type LoginState = typeof schema.oidcLoginStates.$inferSelect;

/**
 * Records a sign-in in progress. Only the state's hash is stored, so a database reader cannot finish someone
 * else's sign-in; the expiry is computed by the database so one clock decides it.
 */
export async function saveLoginState(
  database: Database,
  options: {
    state: string;
    nonce: string;
    codeVerifier: string;
    tenantId: string;
    providerId: string;
    redirectTo: string | null;
  },
): Promise<Date> {
  const [row] = await database.withPlatform((tx) =>
    tx
      .insert(schema.oidcLoginStates)
      .values({
        stateHash: hashToken(options.state),
        nonce: options.nonce,
        codeVerifier: options.codeVerifier,
        tenantRef: options.tenantId,
        providerRef: options.providerId,
        redirectTo: options.redirectTo,
        expiresAt: sql`now() + make_interval(mins => ${OIDC_LOGIN_TTL_MINUTES})`,
      })
      .returning({ expiresAt: schema.oidcLoginStates.expiresAt }),
  );
  if (!row) throw new Error("Saving an OIDC login state returned no row");
  return row.expiresAt;
}

/**
 * Claims a sign-in for its callback, exactly once. The conditional UPDATE is the claim: of two callbacks racing
 * with the same state only one gets the row, the other is told it was replayed. Only when nothing was claimed is
 * the row read again, to say why.
 */
export async function consumeLoginState(database: Database, state: string): Promise<LoginState> {
  const stateHash = hashToken(state);
  return database.withPlatform(async (tx) => {
    const [claimed] = await tx
      .update(schema.oidcLoginStates)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(schema.oidcLoginStates.stateHash, stateHash),
          isNull(schema.oidcLoginStates.usedAt),
          gt(schema.oidcLoginStates.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (claimed) return claimed;
    const [existing] = await tx
      .select({ usedAt: schema.oidcLoginStates.usedAt })
      .from(schema.oidcLoginStates)
      .where(eq(schema.oidcLoginStates.stateHash, stateHash));
    if (!existing) throw new OidcStateInvalidError();
    if (existing.usedAt) throw new OidcStateReplayedError();
    throw new OidcStateExpiredError();
  });
}

/** Deletes sign-ins whose window closed more than a day ago (used or not); for a periodic job. Returns how many. */
export async function purgeOidcLoginStates(database: Database): Promise<number> {
  const deleted = await database.withPlatform((tx) =>
    tx
      .delete(schema.oidcLoginStates)
      .where(sql`${schema.oidcLoginStates.expiresAt} < now() - interval '1 day'`)
      .returning({ id: schema.oidcLoginStates.id }),
  );
  return deleted.length;
}
