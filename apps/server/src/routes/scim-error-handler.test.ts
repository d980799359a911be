import { scimErrorCodes } from "@penny/auth";
import { describe, expect, it } from "vitest";
import { errorCatalogue } from "../errors/error-catalogue.ts";

describe("SCIM error codes", () => {
  it("are all in the catalogue, as client errors whose message is shown", () => {
    for (const code of scimErrorCodes) {
      expect(errorCatalogue[code], code).toMatchObject({ exposed: true });
      expect(errorCatalogue[code].status, code).toBeGreaterThanOrEqual(400);
      expect(errorCatalogue[code].status, code).toBeLessThan(500);
    }
  });
});
