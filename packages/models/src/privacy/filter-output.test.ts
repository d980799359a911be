import { describe, expect, it } from "vitest";
import { filterOutput } from "./filter-output.ts";

const awsKey = "AKIAIOSFODNN7EXAMPLE";
const openAiKey = "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34";
const answer = `Use ${openAiKey} and ${awsKey}; questions to ana@example.com or 600 123 456.`;

describe("filterOutput", () => {
  it("redacts secrets and every kind of personal data by default", () => {
    const filtered = filterOutput(answer);
    expect(filtered.text).toBe("Use [SECRET_1] and [SECRET_2]; questions to [EMAIL_1] or [PHONE_1].");
    expect(filtered.findings.map((finding) => finding.kind)).toEqual(["secret", "secret", "email", "phone"]);
  });

  it("follows the tenant's kinds for personal data but always redacts secrets", () => {
    expect(filterOutput(answer, { kinds: ["email"] }).text).toBe(
      "Use [SECRET_1] and [SECRET_2]; questions to [EMAIL_1] or 600 123 456.",
    );
    expect(filterOutput(answer, { kinds: [] }).text).toBe(
      "Use [SECRET_1] and [SECRET_2]; questions to ana@example.com or 600 123 456.",
    );
  });

  it("returns nothing that holds the redacted values", () => {
    const filtered = filterOutput(answer);
    expect(Object.keys(filtered).sort()).toEqual(["findings", "text"]);
    const loggable = JSON.stringify(filtered);
    for (const value of [awsKey, openAiKey, "ana@example.com", "600 123 456"])
      expect(loggable).not.toContain(value);
  });

  it("refuses unknown kinds", () => {
    expect(() => filterOutput(answer, { kinds: ["everything"] as never })).toThrow(
      expect.objectContaining({ code: "PENNY_PII_INPUT_INVALID" }),
    );
  });
});
