import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { isTotpCode, matchTotpStep, newTotpSecret, totpUri } from "./totp.ts";

const now = new Date("2026-01-15T10:00:10Z");
const epoch = Math.floor(now.getTime() / 1000);
const currentStep = Math.floor(epoch / 30);
const codeAt = (secret: string, secondsFromNow: number) =>
  generate({ secret, epoch: epoch + secondsFromNow });

describe("TOTP", () => {
  it("makes 160-bit base32 secrets, a new one each time", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it("writes the otpauth URI authenticator apps read", () => {
    const uri = totpUri({
      secret: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
      accountName: "ann@acme.test",
      issuer: "Penny",
    });
    expect(uri).toBe(
      "otpauth://totp/Penny:ann%40acme.test?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567&issuer=Penny",
    );
  });

  it("matches the current step and one step either side, nothing further", async () => {
    const secret = newTotpSecret();
    const match = async (secondsFromNow: number) =>
      matchTotpStep({ secret, code: await codeAt(secret, secondsFromNow), now, afterStep: null });
    await expect(match(0)).resolves.toBe(currentStep);
    await expect(match(-30)).resolves.toBe(currentStep - 1);
    await expect(match(30)).resolves.toBe(currentStep + 1);
    await expect(match(-60)).resolves.toBeNull();
    await expect(match(60)).resolves.toBeNull();
  });

  it("refuses a step at or before the last one used, even when the last one lies in the future", async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret, 0);
    await expect(matchTotpStep({ secret, code, now, afterStep: currentStep - 1 })).resolves.toBe(currentStep);
    await expect(matchTotpStep({ secret, code, now, afterStep: currentStep })).resolves.toBeNull();
    await expect(matchTotpStep({ secret, code, now, afterStep: currentStep + 5 })).resolves.toBeNull();
  });

  it("returns null for anything that is not six digits, without throwing", async () => {
    const secret = newTotpSecret();
    for (const code of ["", "12345", "1234567", "12a456", "abcd-efgh"]) {
      expect(isTotpCode(code)).toBe(false);
      await expect(matchTotpStep({ secret, code, now, afterStep: null })).resolves.toBeNull();
    }
  });
});
