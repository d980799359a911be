import type { Tx } from "@penny/db";
import {
  DEFAULT_PRIVACY_POLICY,
  normalizePrivacyPolicy,
  type PrivacyPolicy,
  privacyPolicySchema,
} from "../privacy/privacy-policy.ts";
import { readPolicyValues, writePolicyValue } from "./policy-values.ts";

export const PRIVACY_POLICY_KEY = "privacy";

/**
 * The tenant's privacy policy, or the default when none was written. A stored value that no longer parses (a
 * kind since removed) also falls back to the default, which redacts more rather than less.
 */
export async function readPrivacyPolicy(tx: Tx): Promise<PrivacyPolicy> {
  const stored = (await readPolicyValues(tx, [PRIVACY_POLICY_KEY])).get(PRIVACY_POLICY_KEY);
  const parsed = privacyPolicySchema.safeParse(stored?.value);
  return normalizePrivacyPolicy(parsed.success ? parsed.data : DEFAULT_PRIVACY_POLICY);
}

/** Replaces the tenant's privacy policy; returns it as stored. */
export async function writePrivacyPolicy(
  tx: Tx,
  tenantId: string,
  policy: PrivacyPolicy,
): Promise<PrivacyPolicy> {
  const stored = normalizePrivacyPolicy(privacyPolicySchema.parse(policy));
  await writePolicyValue(tx, tenantId, PRIVACY_POLICY_KEY, stored);
  return stored;
}
