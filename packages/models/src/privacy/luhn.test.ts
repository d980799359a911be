import { describe, expect, it } from "vitest";
import { passesLuhn } from "./luhn.ts";

describe("passesLuhn", () => {
  it.each(["4111111111111111", "5555555555554444", "378282246310005", "79927398713", "0"])(
    "accepts %s",
    (digits) => {
      expect(passesLuhn(digits)).toBe(true);
    },
  );

  it.each(["4111111111111112", "79927398710", "1234567812345678", "", "4111-1111", "12a4"])(
    "rejects %j",
    (digits) => {
      expect(passesLuhn(digits)).toBe(false);
    },
  );
});
