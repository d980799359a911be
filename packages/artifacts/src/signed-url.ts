import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { ArtifactLinkExpiredError } from "./errors/artifact-link-expired-error.ts";
import { ArtifactLinkInvalidError } from "./errors/artifact-link-invalid-error.ts";
import { SigningSecretTooShortError } from "./errors/signing-secret-too-short-error.ts";
import { parseInput } from "./parse-input.ts";

/** Shorter secrets could be guessed offline from one link; 32 bytes match the HMAC-SHA256 key size. */
export const SIGNING_SECRET_MIN_BYTES = 32;
const DOMAIN = "penny.artifact-content.v1";
const UUID = z.uuid();

/** What a content link grants: one version of one artifact of one tenant, until `expiresAt`. */
export interface ContentUrlClaims {
  tenantId: string;
  artifactId: string;
  version: number;
  expiresAt: Date;
}

const claimsSchema = z.object({
  tenantId: z.uuid(),
  artifactId: z.uuid(),
  version: z.number().int().min(1),
  expiresAt: z.date().refine((date) => !Number.isNaN(date.getTime()), "an invalid date"),
});

/**
 * Signs a link to one artifact version's content, for fetchers without a session (an `<img>`, a sandbox, a
 * download manager). The token goes in the query string as is: `tenant.artifact.version.expiry.signature`,
 * all URL-safe, the signature an HMAC-SHA256 (base64url) over the other fields.
 */
export function signContentUrl(options: ContentUrlClaims & { secret: Uint8Array }): string {
  assertSecret(options.secret);
  const claims = parseInput(claimsSchema, options);
  const expiresSeconds = Math.floor(claims.expiresAt.getTime() / 1000);
  const fields = [
    claims.tenantId.toLowerCase(),
    claims.artifactId.toLowerCase(),
    String(claims.version),
    String(expiresSeconds),
  ];
  return [...fields, sign(options.secret, fields)].join(".");
}

/**
 * Checks a content token and returns what it grants. The signature is checked (in constant time) before the
 * expiry, so an altered expiry reads as invalid, not expired. `expected` pins the artifact and version the
 * route is serving, so a token cannot be replayed against another URL.
 */
export function verifyContentUrl(options: {
  secret: Uint8Array;
  token: string;
  expected?: { artifactId?: string; version?: number };
  now?: Date;
}): ContentUrlClaims {
  assertSecret(options.secret);
  const parts = typeof options.token === "string" ? options.token.split(".") : [];
  if (parts.length !== 5) throw new ArtifactLinkInvalidError();
  const [tenantId, artifactId, version, expires, signature] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  // Compare the encoded text, not decoded bytes: base64url has several spellings of the same bytes (the last
  // character's spare bits), and only the one this module writes is valid.
  const given = Buffer.from(signature, "utf8");
  const wanted = Buffer.from(sign(options.secret, [tenantId, artifactId, version, expires]), "utf8");
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw new ArtifactLinkInvalidError();
  // A valid signature means this module wrote the fields; the checks below guard against a leaked secret only.
  if (
    !UUID.safeParse(tenantId).success ||
    !UUID.safeParse(artifactId).success ||
    !/^[1-9]\d*$/.test(version)
  ) {
    throw new ArtifactLinkInvalidError();
  }
  if (
    options.expected?.artifactId !== undefined &&
    options.expected.artifactId.toLowerCase() !== artifactId
  ) {
    throw new ArtifactLinkInvalidError();
  }
  if (options.expected?.version !== undefined && options.expected.version !== Number(version)) {
    throw new ArtifactLinkInvalidError();
  }
  const expiresAt = new Date(Number(expires) * 1000);
  if (!/^\d+$/.test(expires) || Number.isNaN(expiresAt.getTime())) throw new ArtifactLinkInvalidError();
  if ((options.now ?? new Date()).getTime() >= expiresAt.getTime())
    throw new ArtifactLinkExpiredError(expiresAt);
  return { tenantId, artifactId, version: Number(version), expiresAt };
}

function sign(secret: Uint8Array, fields: string[]): string {
  return createHmac("sha256", secret)
    .update([DOMAIN, ...fields].join("\n"))
    .digest("base64url");
}

function assertSecret(secret: Uint8Array): void {
  if (!(secret instanceof Uint8Array) || secret.byteLength < SIGNING_SECRET_MIN_BYTES) {
    throw new SigningSecretTooShortError(
      secret instanceof Uint8Array ? secret.byteLength : 0,
      SIGNING_SECRET_MIN_BYTES,
    );
  }
}
