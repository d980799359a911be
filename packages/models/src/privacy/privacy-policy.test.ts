import { describe, expect, it } from "vitest";
import { piiKinds } from "./pii-kind.ts";
import {
  DEFAULT_PRIVACY_POLICY,
  inputRedactionKinds,
  normalizePrivacyPolicy,
  outputFilterKinds,
  privacyPolicySchema,
} from "./privacy-policy.ts";

describe("privacy policy", () => {
  it("by default redacts every kind on the way out and filters secrets from answers", () => {
    expect(inputRedactionKinds(DEFAULT_PRIVACY_POLICY)).toEqual([...piiKinds]);
    expect(outputFilterKinds(DEFAULT_PRIVACY_POLICY)).toEqual(["secret"]);
  });

  it("filters secrets from answers even when the tenant turns the output filter off", () => {
    const policy = privacyPolicySchema.parse({
      redactInput: { enabled: false, kinds: ["email"] },
      filterOutput: { enabled: false, kinds: ["email", "phone"] },
    });
    expect(inputRedactionKinds(policy)).toEqual([]);
    expect(outputFilterKinds(policy)).toEqual(["secret"]);
    expect(
      outputFilterKinds({ ...policy, filterOutput: { enabled: true, kinds: ["phone", "email"] } }),
    ).toEqual(["secret", "email", "phone"]);
  });

  it("names an unknown kind, and stores kinds once each in precedence order", () => {
    const result = privacyPolicySchema.safeParse({
      redactInput: { enabled: true, kinds: ["email", "everything"] },
      filterOutput: { enabled: true, kinds: [] },
    });
    expect(result.error?.issues[0]?.path).toEqual(["redactInput", "kinds", 1]);
    expect(result.error?.issues[0]?.message).toMatch(
      /^"everything" is not a kind Penny detects; the kinds are secret, email/,
    );
    const parsed = privacyPolicySchema.parse({
      redactInput: { enabled: true, kinds: ["phone", "email", "phone"] },
      filterOutput: { enabled: true, kinds: [] },
    });
    expect(normalizePrivacyPolicy(parsed).redactInput.kinds).toEqual(["email", "phone"]);
  });
});
