import { generateSecret, NobleCryptoPlugin, ScureBase32Plugin, TOTP } from "otplib";

/** RFC 6238 as every authenticator app implements it (SHA-1, 6 digits, 30 s); other settings break some apps. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** 20 random bytes (160 bits), the key size RFC 4226 recommends for HMAC-SHA-1. */
const SECRET_BYTES = 20;
/**
 * One step either side of now: a phone clock a little off, or a code typed as it rolls over, still works, while a
 * code stays usable for at most about 90 seconds.
 */
const TOLERANCE_SECONDS = PERIOD_SECONDS;

const crypto = new NobleCryptoPlugin();
const base32 = new ScureBase32Plugin();
const totp = new TOTP({
  crypto,
  base32,
  algorithm: "sha1",
  digits: DIGITS,
  period: PERIOD_SECONDS,
});

const TOTP_CODE = new RegExp(`^\\d{${DIGITS}}$`);

/** A fresh random TOTP secret, base32 as authenticator apps expect it. */
export function newTotpSecret(): string {
  return generateSecret({ length: SECRET_BYTES, crypto, base32 });
}

/** The `otpauth://totp/…` URI an authenticator app reads from the QR code. */
export function totpUri(options: { secret: string; accountName: string; issuer: string }): string {
  return totp.toURI({ secret: options.secret, label: options.accountName, issuer: options.issuer });
}

/** Whether `code` has the shape of a TOTP code (only digits, the right length), so it is worth computing. */
export function isTotpCode(code: string): boolean {
  return TOTP_CODE.test(code);
}

/**
 * The time step `code` belongs to, if it is within one step of `now` and newer than `afterStep` (the last step
 * accepted, so a code cannot be used twice); null otherwise. The caller records the step it gets back.
 */
export async function matchTotpStep(options: {
  secret: string;
  code: string;
  now: Date;
  afterStep: number | null;
}): Promise<number | null> {
  if (!isTotpCode(options.code)) return null;
  const epoch = Math.floor(options.now.getTime() / 1000);
  const newestStep = Math.floor((epoch + TOLERANCE_SECONDS) / PERIOD_SECONDS);
  // otplib throws when the last used step lies beyond the window (a clock set back); no code can be newer then.
  if (options.afterStep !== null && options.afterStep >= newestStep) return null;
  const result = await totp.verify(options.code, {
    secret: options.secret,
    epoch,
    epochTolerance: TOLERANCE_SECONDS,
    ...(options.afterStep === null ? {} : { afterTimeStep: options.afterStep }),
  });
  return result.valid ? result.timeStep : null;
}

/** The code an authenticator app shows for `secret` at `at` (for the CLI and tests that play the person's phone). */
export function totpCodeAt(secret: string, at: Date): Promise<string> {
  return totp.generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}
