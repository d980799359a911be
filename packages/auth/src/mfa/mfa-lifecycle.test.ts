import { randomBytes, randomUUID } from "node:crypto";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { VaultDecryptError } from "@penny/vault";
import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  disableMfa,
  MfaAlreadyEnrolledError,
  MfaCodeInvalidError,
  MfaEnrolmentNotStartedError,
  MfaNotEnrolledError,
  mfaStatus,
  regenerateRecoveryCodes,
  verifySecondFactor,
} from "./index.ts";
import { advanceLastUsedStep } from "./mfa-store.ts";
import { openTotpSecret } from "./sealed-totp-secret.ts";

const masterKey = randomBytes(32);
/** Every clock in this file is fixed, so no test depends on when it runs. */
const enrolledAt = new Date("2026-01-15T10:00:10Z");
const later = (seconds: number) => new Date(enrolledAt.getTime() + seconds * 1000);
const codeAt = (secret: string, time: Date) => generate({ secret, epoch: Math.floor(time.getTime() / 1000) });

let test: TestDatabase;

beforeAll(async () => {
  test = await openTestDatabase();
});

afterAll(async () => {
  await test?.dispose();
});

async function createUser(): Promise<{ userId: string; email: string }> {
  const email = `${randomUUID()}@acme.test`;
  const [user] = await test.database.withPlatform((tx) =>
    tx.insert(schema.users).values({ email, name: "Ann Example" }).returning({ id: schema.users.id }),
  );
  if (!user) throw new Error("no user inserted");
  return { userId: user.id, email };
}

/** A user who finished TOTP set-up at `enrolledAt`. */
async function enrolledUser(): Promise<{ userId: string; secret: string; recoveryCodes: string[] }> {
  const { userId, email } = await createUser();
  const { secret } = await beginTotpEnrolment(test.database, masterKey, { userId, accountName: email });
  const code = await codeAt(secret, enrolledAt);
  const { recoveryCodes } = await confirmTotpEnrolment(test.database, masterKey, {
    userId,
    code,
    now: enrolledAt,
  });
  return { userId, secret, recoveryCodes };
}

const factorsOf = (userId: string) =>
  test.database.withPlatform((tx) =>
    tx.select().from(schema.mfaFactors).where(eq(schema.mfaFactors.userId, userId)),
  );
const recoveryCodeRowsOf = (userId: string) =>
  test.database.withPlatform((tx) =>
    tx.select().from(schema.mfaRecoveryCodes).where(eq(schema.mfaRecoveryCodes.userId, userId)),
  );

describe("TOTP enrolment", () => {
  it("returns the secret, its otpauth URI and an SVG QR code, and stores the secret only sealed", async () => {
    const { userId, email } = await createUser();
    const enrolment = await beginTotpEnrolment(test.database, masterKey, { userId, accountName: email });

    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toBe(
      `otpauth://totp/Penny:${encodeURIComponent(email)}?secret=${enrolment.secret}&issuer=Penny`,
    );
    expect(enrolment.qrCodeSvg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const [factor, ...others] = await factorsOf(userId);
    expect(others).toEqual([]);
    expect(factor).toMatchObject({
      id: enrolment.factorId,
      kind: "totp",
      confirmedAt: null,
      lastUsedStep: null,
    });
    if (!factor) return;
    for (const stored of [factor.secretCiphertext, factor.encryptedDataKey]) {
      expect(stored.includes(Buffer.from(enrolment.secret))).toBe(false);
      expect(stored.toString("latin1").toUpperCase()).not.toContain(enrolment.secret);
    }
    expect(openTotpSecret(masterKey, userId, factor)).toBe(enrolment.secret);
    // Sealed for this user only: the same bytes on another user's row do not open.
    expect(() => openTotpSecret(masterKey, randomUUID(), factor)).toThrow(VaultDecryptError);
  });

  it("names the issuer it is given", async () => {
    const { userId, email } = await createUser();
    const { otpauthUri } = await beginTotpEnrolment(test.database, masterKey, {
      userId,
      accountName: email,
      issuer: "Acme Robotics",
    });
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Acme%20Robotics:.*&issuer=Acme%20Robotics$/);
  });

  it("replaces an unfinished set-up when started again", async () => {
    const { userId, email } = await createUser();
    const first = await beginTotpEnrolment(test.database, masterKey, { userId, accountName: email });
    const second = await beginTotpEnrolment(test.database, masterKey, { userId, accountName: email });
    expect(second.secret).not.toBe(first.secret);
    expect((await factorsOf(userId)).map((factor) => factor.id)).toEqual([second.factorId]);

    const staleCode = await codeAt(first.secret, enrolledAt);
    await expect(
      confirmTotpEnrolment(test.database, masterKey, { userId, code: staleCode, now: enrolledAt }),
    ).rejects.toBeInstanceOf(MfaCodeInvalidError);
  });

  it("refuses a wrong code and keeps the set-up open; the right code confirms it and hands out 10 recovery codes", async () => {
    const { userId, email } = await createUser();
    const { secret } = await beginTotpEnrolment(test.database, masterKey, { userId, accountName: email });
    const farOff = await codeAt(secret, later(-300));
    await expect(
      confirmTotpEnrolment(test.database, masterKey, { userId, code: farOff, now: enrolledAt }),
    ).rejects.toBeInstanceOf(MfaCodeInvalidError);
    await expect(
      confirmTotpEnrolment(test.database, masterKey, { userId, code: "not a code", now: enrolledAt }),
    ).rejects.toBeInstanceOf(MfaCodeInvalidError);
    expect(await mfaStatus(test.database, userId)).toEqual({
      enrolled: false,
      confirmedAt: null,
      recoveryCodesLeft: 0,
    });

    const code = await codeAt(secret, enrolledAt);
    const { recoveryCodes } = await confirmTotpEnrolment(test.database, masterKey, {
      userId,
      code,
      now: enrolledAt,
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const recoveryCode of recoveryCodes) expect(recoveryCode).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);

    const stored = (await recoveryCodeRowsOf(userId)).map((row) => row.codeHash);
    expect(stored).toHaveLength(10);
    for (const hash of stored) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const recoveryCode of recoveryCodes) {
      expect(stored.some((hash) => hash.includes(recoveryCode.replace("-", "")))).toBe(false);
    }
    expect(await mfaStatus(test.database, userId)).toEqual({
      enrolled: true,
      confirmedAt: enrolledAt,
      recoveryCodesLeft: 10,
    });
  });

  it("cannot confirm without a set-up in progress", async () => {
    const { userId } = await createUser();
    await expect(
      confirmTotpEnrolment(test.database, masterKey, { userId, code: "123456", now: enrolledAt }),
    ).rejects.toBeInstanceOf(MfaEnrolmentNotStartedError);
  });

  it("refuses to start or confirm again once a factor is confirmed", async () => {
    const { userId, secret } = await enrolledUser();
    await expect(
      beginTotpEnrolment(test.database, masterKey, { userId, accountName: "ann@acme.test" }),
    ).rejects.toBeInstanceOf(MfaAlreadyEnrolledError);
    const code = await codeAt(secret, later(60));
    await expect(
      confirmTotpEnrolment(test.database, masterKey, { userId, code, now: later(60) }),
    ).rejects.toBeInstanceOf(MfaAlreadyEnrolledError);
    expect(await factorsOf(userId)).toHaveLength(1);
  });
});

describe("verifySecondFactor", () => {
  const verify = (userId: string, code: string, now: Date) =>
    verifySecondFactor(test.database, masterKey, { userId, code, now });

  it("accepts a current code once and refuses its replay", async () => {
    const { userId, secret } = await enrolledUser();
    const now = later(90);
    const code = await codeAt(secret, now);
    await expect(verify(userId, code, now)).resolves.toEqual({ method: "totp" });
    await expect(verify(userId, code, now)).rejects.toBeInstanceOf(MfaCodeInvalidError);
    await expect(verify(userId, code, later(100))).rejects.toBeInstanceOf(MfaCodeInvalidError);
  });

  it("does not let the code that confirmed set-up also sign in", async () => {
    const { userId, secret } = await enrolledUser();
    const code = await codeAt(secret, enrolledAt);
    await expect(verify(userId, code, enrolledAt)).rejects.toBeInstanceOf(MfaCodeInvalidError);
  });

  it("accepts codes of the steps either side of now, but never one older than the last accepted", async () => {
    const { userId, secret } = await enrolledUser();
    const now = later(300);
    const previous = await codeAt(secret, later(270));
    const next = await codeAt(secret, later(330));
    const current = await codeAt(secret, now);
    await expect(verify(userId, previous, now)).resolves.toEqual({ method: "totp" });
    await expect(verify(userId, `${next.slice(0, 3)} ${next.slice(3)}`, now)).resolves.toEqual({
      method: "totp",
    });
    await expect(verify(userId, current, now)).rejects.toBeInstanceOf(MfaCodeInvalidError);
  });

  it("refuses codes two or more steps away from now", async () => {
    const { userId, secret } = await enrolledUser();
    const now = later(600);
    for (const seconds of [540, 660, 300, 900]) {
      await expect(verify(userId, await codeAt(secret, later(seconds)), now)).rejects.toBeInstanceOf(
        MfaCodeInvalidError,
      );
    }
    await expect(verify(userId, await codeAt(secret, now), now)).resolves.toEqual({ method: "totp" });
  });

  it("lets only one of two simultaneous uses of one code pass", async () => {
    const { userId, secret } = await enrolledUser();
    const now = later(120);
    const code = await codeAt(secret, now);
    const results = await Promise.allSettled([verify(userId, code, now), verify(userId, code, now)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(MfaCodeInvalidError);
  });

  it("records a step only when it is newer than the stored one, so a request that read the factor before another used the code still fails", async () => {
    const { userId } = await enrolledUser();
    const [factor] = await factorsOf(userId);
    const factorId = factor?.id ?? "";
    const step = (factor?.lastUsedStep ?? 0) + 2;
    const advance = (to: number) =>
      test.database.withPlatform((tx) => advanceLastUsedStep(tx, { factorId, step: to }));
    await expect(advance(step)).resolves.toBe(true);
    await expect(advance(step)).resolves.toBe(false);
    await expect(advance(step - 1)).resolves.toBe(false);
    await expect(advance(step + 1)).resolves.toBe(true);
  });

  it("accepts a recovery code once, typed in any case and spacing, then counts it spent", async () => {
    const { userId, recoveryCodes } = await enrolledUser();
    const [first = "", second = ""] = recoveryCodes;
    await expect(verify(userId, first.toUpperCase().replace("-", " "), later(60))).resolves.toEqual({
      method: "recovery_code",
    });
    await expect(verify(userId, first, later(90))).rejects.toBeInstanceOf(MfaCodeInvalidError);
    await expect(verify(userId, second, later(120))).resolves.toEqual({ method: "recovery_code" });
    expect((await mfaStatus(test.database, userId)).recoveryCodesLeft).toBe(8);
  });

  it("lets only one of two simultaneous uses of one recovery code pass", async () => {
    const { userId, recoveryCodes } = await enrolledUser();
    const code = recoveryCodes[0] ?? "";
    const results = await Promise.allSettled([
      verify(userId, code, later(60)),
      verify(userId, code, later(60)),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await mfaStatus(test.database, userId)).recoveryCodesLeft).toBe(9);
  });

  it("refuses garbage and another user's recovery code", async () => {
    const { userId } = await enrolledUser();
    const other = await enrolledUser();
    for (const code of ["", "abc", "12345", "1234567", "zzzz-zzzz", other.recoveryCodes[0] ?? ""]) {
      await expect(verify(userId, code, later(60))).rejects.toBeInstanceOf(MfaCodeInvalidError);
    }
    expect((await mfaStatus(test.database, other.userId)).recoveryCodesLeft).toBe(10);
  });

  it("says the user is not enrolled when there is no factor, or only an unfinished set-up", async () => {
    const { userId, email } = await createUser();
    await expect(verify(userId, "123456", enrolledAt)).rejects.toBeInstanceOf(MfaNotEnrolledError);
    const { secret } = await beginTotpEnrolment(test.database, masterKey, { userId, accountName: email });
    await expect(verify(userId, await codeAt(secret, enrolledAt), enrolledAt)).rejects.toBeInstanceOf(
      MfaNotEnrolledError,
    );
  });
});

describe("regenerateRecoveryCodes", () => {
  it("replaces every old code with ten new ones", async () => {
    const { userId, recoveryCodes: old } = await enrolledUser();
    await verifySecondFactor(test.database, masterKey, { userId, code: old[0] ?? "", now: later(60) });
    const { recoveryCodes } = await regenerateRecoveryCodes(test.database, { userId });
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes.filter((code) => old.includes(code))).toEqual([]);
    expect((await mfaStatus(test.database, userId)).recoveryCodesLeft).toBe(10);
    await expect(
      verifySecondFactor(test.database, masterKey, { userId, code: old[1] ?? "", now: later(90) }),
    ).rejects.toBeInstanceOf(MfaCodeInvalidError);
    await expect(
      verifySecondFactor(test.database, masterKey, { userId, code: recoveryCodes[0] ?? "", now: later(90) }),
    ).resolves.toEqual({ method: "recovery_code" });
  });

  it("needs a confirmed factor", async () => {
    const { userId } = await createUser();
    await expect(regenerateRecoveryCodes(test.database, { userId })).rejects.toBeInstanceOf(
      MfaNotEnrolledError,
    );
  });
});

describe("disableMfa", () => {
  it("removes the factor and every recovery code, and a new set-up can follow", async () => {
    const { userId, secret } = await enrolledUser();
    await expect(disableMfa(test.database, { userId })).resolves.toEqual({ disabled: true });
    expect(await factorsOf(userId)).toEqual([]);
    expect(await recoveryCodeRowsOf(userId)).toEqual([]);
    expect(await mfaStatus(test.database, userId)).toEqual({
      enrolled: false,
      confirmedAt: null,
      recoveryCodesLeft: 0,
    });
    await expect(
      verifySecondFactor(test.database, masterKey, {
        userId,
        code: await codeAt(secret, later(60)),
        now: later(60),
      }),
    ).rejects.toBeInstanceOf(MfaNotEnrolledError);
    await expect(disableMfa(test.database, { userId })).resolves.toEqual({ disabled: false });
    await expect(
      beginTotpEnrolment(test.database, masterKey, { userId, accountName: "ann@acme.test" }),
    ).resolves.toMatchObject({ secret: expect.stringMatching(/^[A-Z2-7]{32}$/) });
  });

  it("also clears an unfinished set-up", async () => {
    const { userId, email } = await createUser();
    await beginTotpEnrolment(test.database, masterKey, { userId, accountName: email });
    await expect(disableMfa(test.database, { userId })).resolves.toEqual({ disabled: false });
    expect(await factorsOf(userId)).toEqual([]);
  });
});
