import { describe, expect, it } from "vitest";
import { detectedValues } from "../__fixtures__/detected-values.ts";
import { secretDetector } from "./secret-detector.ts";

// Built from parts so the file itself holds no string a secret scanner would flag.
const randomPart = "Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90";
const pem = ["-----BEGIN RSA PRIVATE KEY-----", "MIIEowIBAAKCAQEA7", "-----END RSA PRIVATE KEY-----"].join(
  "\n",
);

describe("secretDetector", () => {
  it.each([
    ["OpenAI", `key=sk-${randomPart}`, `sk-${randomPart}`],
    ["OpenAI project", `OPENAI_API_KEY="sk-proj-${randomPart}"`, `sk-proj-${randomPart}`],
    ["Anthropic", `x-api-key: sk-ant-api03-${randomPart}-_AA`, `sk-ant-api03-${randomPart}-_AA`],
    ["Stripe", `stripe sk_live_${randomPart.slice(0, 24)}`, `sk_live_${randomPart.slice(0, 24)}`],
    ["AWS", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"],
    ["GitHub", `token ghp_${randomPart.slice(0, 36)}`, `ghp_${randomPart.slice(0, 36)}`],
    [
      "GitHub fine-grained",
      `github_pat_${randomPart}_${randomPart}`,
      `github_pat_${randomPart}_${randomPart}`,
    ],
    ["Slack", `xoxb-1234567890-${randomPart.slice(0, 20)}`, `xoxb-1234567890-${randomPart.slice(0, 20)}`],
    ["Google", `AIza${randomPart.slice(0, 35)}`, `AIza${randomPart.slice(0, 35)}`],
    ["Penny", `Bearer pnk_${randomPart}abc`, `pnk_${randomPart}abc`],
    [
      "a JWT",
      `Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.${randomPart}`,
      `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.${randomPart}`,
    ],
    ["a PEM private key", `here:\n${pem}\nend`, pem],
  ])("finds a %s key", (_, text, expected) => {
    expect(detectedValues(secretDetector, text)).toEqual([expected]);
  });

  it.each([
    "sk-learn-tutorial-for-beginners-and-experts",
    "sk-short12",
    "the word risk-assessment-2024-version-final",
    "AKIA but too short AKIAIOSFODNN7",
    "ghp_tooShort123",
    "xoxb-",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----",
    "pnk_short",
    "plain prose mentioning an API key without showing it",
  ])("finds nothing in %j", (text) => {
    expect(detectedValues(secretDetector, text)).toEqual([]);
  });
});
