import { schema, type Tx } from "@penny/db";
import { and, asc, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { SealedTotpSecret } from "./sealed-totp-secret.ts";

const { mfaFactors, mfaRecoveryCodes, users } = schema;

/** One row of `mfa_factors`. */
export type MfaFactorRow = typeof mfaFactors.$inferSelect;

/**
 * Locks the user's row until the transaction ends, so two enrolment changes for one user (two browser tabs
 * starting set-up, confirming, disabling) run one after the other instead of leaving two factors behind.
 */
export async function lockUserForMfa(tx: Tx, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
}

/** The user's factors, confirmed or not, oldest first. */
export function listFactors(tx: Tx, userId: string): Promise<MfaFactorRow[]> {
  return tx.select().from(mfaFactors).where(eq(mfaFactors.userId, userId)).orderBy(asc(mfaFactors.createdAt));
}

/** The user's confirmed factor, the only kind that counts for sign-in. */
export async function findConfirmedFactor(tx: Tx, userId: string): Promise<MfaFactorRow | undefined> {
  const [factor] = await tx
    .select()
    .from(mfaFactors)
    .where(and(eq(mfaFactors.userId, userId), isNotNull(mfaFactors.confirmedAt)))
    .orderBy(asc(mfaFactors.createdAt))
    .limit(1);
  return factor;
}

/** Removes set-ups the user started but never confirmed. */
export async function deleteUnconfirmedFactors(tx: Tx, userId: string): Promise<void> {
  await tx.delete(mfaFactors).where(and(eq(mfaFactors.userId, userId), isNull(mfaFactors.confirmedAt)));
}

/** Stores a new, unconfirmed TOTP factor and returns its id. */
export async function insertTotpFactor(
  tx: Tx,
  options: { userId: string; sealed: SealedTotpSecret },
): Promise<string> {
  const [factor] = await tx
    .insert(mfaFactors)
    .values({ userId: options.userId, kind: "totp", ...options.sealed })
    .returning({ id: mfaFactors.id });
  if (!factor) throw new Error("INSERT … RETURNING returned no row");
  return factor.id;
}

/** Marks a factor confirmed and records the step of the code that confirmed it, so that code cannot sign in. */
export async function confirmFactor(
  tx: Tx,
  options: { factorId: string; step: number; now: Date },
): Promise<void> {
  await tx
    .update(mfaFactors)
    .set({ confirmedAt: options.now, lastUsedStep: options.step })
    .where(eq(mfaFactors.id, options.factorId));
}

/**
 * Records `step` as the factor's last used step only if it is newer than the one stored. The condition is
 * evaluated on the row as committed, so of two requests racing with one code exactly one gets `true`.
 */
export async function advanceLastUsedStep(
  tx: Tx,
  options: { factorId: string; step: number },
): Promise<boolean> {
  const updated = await tx
    .update(mfaFactors)
    .set({ lastUsedStep: options.step })
    .where(
      and(
        eq(mfaFactors.id, options.factorId),
        or(isNull(mfaFactors.lastUsedStep), lt(mfaFactors.lastUsedStep, options.step)),
      ),
    )
    .returning({ id: mfaFactors.id });
  return updated.length === 1;
}

/** Replaces all of the user's recovery codes (used or not) with the given hashes. */
export async function replaceRecoveryCodes(
  tx: Tx,
  options: { userId: string; codeHashes: string[] },
): Promise<void> {
  await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, options.userId));
  await tx
    .insert(mfaRecoveryCodes)
    .values(options.codeHashes.map((codeHash) => ({ userId: options.userId, codeHash })));
}

/** Marks an unused recovery code used; `false` when there is none (wrong, already used, or used concurrently). */
export async function useRecoveryCode(
  tx: Tx,
  options: { userId: string; codeHash: string; now: Date },
): Promise<boolean> {
  const updated = await tx
    .update(mfaRecoveryCodes)
    .set({ usedAt: options.now })
    .where(
      and(
        eq(mfaRecoveryCodes.userId, options.userId),
        eq(mfaRecoveryCodes.codeHash, options.codeHash),
        isNull(mfaRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: mfaRecoveryCodes.id });
  return updated.length === 1;
}

/** How many of the user's recovery codes are still unused. */
export function countUnusedRecoveryCodes(tx: Tx, userId: string): Promise<number> {
  return tx.$count(
    mfaRecoveryCodes,
    and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)),
  );
}

/** Deletes every factor and recovery code of the user; returns how many confirmed factors there were. */
export async function deleteAllMfa(tx: Tx, userId: string): Promise<number> {
  await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  const deleted = await tx
    .delete(mfaFactors)
    .where(eq(mfaFactors.userId, userId))
    .returning({ confirmedAt: mfaFactors.confirmedAt });
  return deleted.filter((factor) => factor.confirmedAt !== null).length;
}
