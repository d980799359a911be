import type { Database } from "@penny/db";
import { MfaAlreadyEnrolledError } from "./mfa-already-enrolled-error.ts";
import { deleteUnconfirmedFactors, insertTotpFactor, listFactors, lockUserForMfa } from "./mfa-store.ts";
import { qrCodeSvg } from "./qr-code-svg.ts";
import { sealTotpSecret } from "./sealed-totp-secret.ts";
import { newTotpSecret, totpUri } from "./totp.ts";

export interface BeginTotpEnrolmentOptions {
  userId: string;
  /** Shown in the authenticator app beside the issuer; the user's email. */
  accountName: string;
  /** The name the authenticator app files the code under; a tenant's brand name could go here later. */
  issuer?: string;
}

/** What the set-up page shows. `secret` and the QR code are the only time the secret leaves the server. */
export interface TotpEnrolment {
  factorId: string;
  otpauthUri: string;
  qrCodeSvg: string;
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
}

/**
 * Starts TOTP set-up: a fresh secret, sealed into an unconfirmed factor that replaces any earlier unfinished
 * set-up (the user may have closed the page). It counts for nothing until `confirmTotpEnrolment` proves the app
 * holds it. Throws MfaAlreadyEnrolledError when a confirmed factor exists.
 */
export async function beginTotpEnrolment(
  database: Database,
  masterKey: Buffer,
  options: BeginTotpEnrolmentOptions,
): Promise<TotpEnrolment> {
  const secret = newTotpSecret();
  const sealed = sealTotpSecret(masterKey, options.userId, secret);
  const factorId = await database.withPlatform(async (tx) => {
    await lockUserForMfa(tx, options.userId);
    const factors = await listFactors(tx, options.userId);
    if (factors.some((factor) => factor.confirmedAt !== null)) throw new MfaAlreadyEnrolledError();
    await deleteUnconfirmedFactors(tx, options.userId);
    return insertTotpFactor(tx, { userId: options.userId, sealed });
  });
  const otpauthUri = totpUri({ secret, accountName: options.accountName, issuer: options.issuer ?? "Penny" });
  return { factorId, otpauthUri, qrCodeSvg: await qrCodeSvg(otpauthUri), secret };
}
