import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ArtifactLinkExpiredError } from "./errors/artifact-link-expired-error.ts";
import { ArtifactLinkInvalidError } from "./errors/artifact-link-invalid-error.ts";
import { SigningSecretTooShortError } from "./errors/signing-secret-too-short-error.ts";
import { signContentUrl, verifyContentUrl } from "./signed-url.ts";

const secret = randomBytes(32);
const claims = {
  tenantId: randomUUID(),
  artifactId: randomUUID(),
  version: 3,
  expiresAt: new Date("2030-01-01T00:10:00Z"),
};
const before = new Date("2030-01-01T00:09:59Z");

describe("signed content URLs", () => {
  it("round-trips: a fresh token verifies to the signed claims and is URL-safe", () => {
    const token = signContentUrl({ secret, ...claims });
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(
      verifyContentUrl({
        secret,
        token,
        expected: { artifactId: claims.artifactId, version: 3 },
        now: before,
      }),
    ).toEqual(claims);
  });

  it("refuses a token once it has expired, with the expired code", () => {
    const token = signContentUrl({ secret, ...claims });
    const error = (() => {
      try {
        verifyContentUrl({ secret, token, now: claims.expiresAt });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ArtifactLinkExpiredError);
    expect((error as ArtifactLinkExpiredError).code).toBe("PENNY_ARTIFACT_LINK_EXPIRED");
  });

  it.each([
    ["a later expiry", (parts: string[]) => parts.with(3, String(Number(parts[3]) + 3600))],
    ["another version", (parts: string[]) => parts.with(2, "4")],
    ["another artifact", (parts: string[]) => parts.with(1, randomUUID())],
    ["another tenant", (parts: string[]) => parts.with(0, randomUUID())],
    ["a changed signature", (parts: string[]) => parts.with(4, `${(parts[4] as string).slice(0, -2)}AA`)],
    ["a missing field", (parts: string[]) => parts.slice(1)],
    [
      "another spelling of the same signature bytes",
      (parts: string[]) => parts.with(4, respell(parts[4] as string)),
    ],
  ])("refuses a token with %s as invalid (not expired)", (_label, tamper) => {
    const token = tamper(signContentUrl({ secret, ...claims }).split(".")).join(".");
    expect(() => verifyContentUrl({ secret, token, now: before })).toThrow(ArtifactLinkInvalidError);
  });

  it("refuses a token signed with another secret, or presented for another artifact or version", () => {
    const token = signContentUrl({ secret, ...claims });
    expect(() => verifyContentUrl({ secret: randomBytes(32), token, now: before })).toThrow(
      ArtifactLinkInvalidError,
    );
    expect(() =>
      verifyContentUrl({ secret, token, expected: { artifactId: randomUUID() }, now: before }),
    ).toThrow(ArtifactLinkInvalidError);
    expect(() => verifyContentUrl({ secret, token, expected: { version: 2 }, now: before })).toThrow(
      ArtifactLinkInvalidError,
    );
  });

  it("refuses short secrets and bad claims before signing", () => {
    expect(() => signContentUrl({ secret: randomBytes(16), ...claims })).toThrow(SigningSecretTooShortError);
    expect(() => signContentUrl({ secret, ...claims, version: 0 })).toThrow(/version/);
    expect(() => signContentUrl({ secret, ...claims, tenantId: "tenant-a" })).toThrow(/tenantId/);
  });
});

/** The same bytes in base64url with the last character's two spare bits set: a lenient decoder reads it as equal. */
function respell(signature: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const last = alphabet.indexOf(signature.at(-1) as string);
  return signature.slice(0, -1) + alphabet[last ^ 0b11];
}
