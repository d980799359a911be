import { describe, expect, it } from "vitest";
import { errorCatalogue, errorCodes, problemType } from "./error-catalogue.ts";

describe("error catalogue", () => {
  it("maps client mistakes to 4xx and hides the message of every internal error", () => {
    for (const code of errorCodes) {
      const { status, exposed } = errorCatalogue[code];
      expect(status >= 400 && status <= 599, code).toBe(true);
      if (status === 500) expect(exposed, code).toBe(false);
    }
  });

  it("derives a distinct problem type URI from each code", () => {
    const types = errorCodes.map(problemType);
    expect(new Set(types).size).toBe(errorCodes.length);
    expect(problemType("PENNY_VALIDATION_FAILED")).toBe("urn:penny:problem:validation-failed");
  });
});
