import { z } from "zod";
import { type PiiKind, piiKinds } from "./pii-kind.ts";

const kindsSchema = z
  .array(
    z.enum(piiKinds, {
      error: (issue) =>
        `"${String(issue.input)}" is not a kind Penny detects; the kinds are ${piiKinds.join(", ")}`,
    }),
  )
  .max(piiKinds.length * 4);

/**
 * A tenant's privacy rules. `redactInput`: which kinds are replaced by placeholders before a prompt leaves for a
 * model outside the tenant's machines (local models see the prompt as written). `filterOutput`: which kinds are
 * taken out of answers as they stream; secrets always are, whatever this says.
 */
export const privacyPolicySchema = z
  .object({
    redactInput: z.object({ enabled: z.boolean(), kinds: kindsSchema }),
    filterOutput: z.object({ enabled: z.boolean(), kinds: kindsSchema }),
  })
  .meta({ id: "PrivacyPolicy" });

export type PrivacyPolicy = z.infer<typeof privacyPolicySchema>;

/** The policy with each list of kinds once per kind, in precedence order, as it is stored and shown. */
export function normalizePrivacyPolicy(policy: PrivacyPolicy): PrivacyPolicy {
  const inOrder = (kinds: PiiKind[]) => piiKinds.filter((kind) => kinds.includes(kind));
  return {
    redactInput: { enabled: policy.redactInput.enabled, kinds: inOrder(policy.redactInput.kinds) },
    filterOutput: { enabled: policy.filterOutput.enabled, kinds: inOrder(policy.filterOutput.kinds) },
  };
}

/** Until a tenant says otherwise: every kind redacted on the way to external models, secrets out of answers. */
export const DEFAULT_PRIVACY_POLICY: PrivacyPolicy = {
  redactInput: { enabled: true, kinds: [...piiKinds] },
  filterOutput: { enabled: true, kinds: ["secret"] },
};

/** The kinds a prompt for an external model loses; none when redaction is off. */
export function inputRedactionKinds(policy: PrivacyPolicy): PiiKind[] {
  return policy.redactInput.enabled ? policy.redactInput.kinds : [];
}

/** The kinds taken out of answers: the tenant's when enabled, and secrets always. */
export function outputFilterKinds(policy: PrivacyPolicy): PiiKind[] {
  const chosen = policy.filterOutput.enabled ? policy.filterOutput.kinds : [];
  return piiKinds.filter((kind) => kind === "secret" || chosen.includes(kind));
}
