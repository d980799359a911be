import { describe, expect, it } from "vitest";
import { MfaAlreadyEnrolledError } from "./mfa-already-enrolled-error.ts";
import { MfaCodeInvalidError } from "./mfa-code-invalid-error.ts";
import { MfaEnrolmentNotStartedError } from "./mfa-enrolment-not-started-error.ts";
import { MfaError, mfaErrorCodes } from "./mfa-error.ts";
import { MfaNotEnrolledError } from "./mfa-not-enrolled-error.ts";

describe("MFA errors", () => {
  it("each carry a distinct listed PENNY_MFA_ code, their own name and a message for people", () => {
    const errors = [
      new MfaAlreadyEnrolledError(),
      new MfaEnrolmentNotStartedError(),
      new MfaNotEnrolledError(),
      new MfaCodeInvalidError(),
    ];
    expect(errors.map((error) => error.code).sort()).toEqual([...mfaErrorCodes].sort());
    for (const error of errors) {
      expect(error).toBeInstanceOf(MfaError);
      expect(error.code).toMatch(/^PENNY_MFA_[A-Z_]+$/);
      expect(error.name).toBe(error.constructor.name);
      expect(error.message.length).toBeGreaterThan(20);
    }
  });
});
