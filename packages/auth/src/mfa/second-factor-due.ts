import type { Database } from "@penny/db";
import { isMfaRequired } from "./mfa-required-policy.ts";
import { mfaStatus } from "./mfa-status.ts";

/**
 * What a sign-in owes after a correct password: `verify` (the user has a factor: session `mfa_pending` until a
 * code passes), `enrol` (the tenant requires MFA and the user has none: `mfa_pending` until set-up is confirmed),
 * or `none` (the session may become `active`). A user's own factor is always asked for, whatever the tenant says.
 */
export async function secondFactorDue(
  database: Database,
  options: { userId: string; tenantId: string | null },
): Promise<"none" | "verify" | "enrol"> {
  if ((await mfaStatus(database, options.userId)).enrolled) return "verify";
  if (options.tenantId !== null && (await isMfaRequired(database, options.tenantId))) return "enrol";
  return "none";
}
