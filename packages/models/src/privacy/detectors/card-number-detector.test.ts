import { describe, expect, it } from "vitest";
import { detectedValues } from "../__fixtures__/detected-values.ts";
import { cardNumberDetector } from "./card-number-detector.ts";

describe("cardNumberDetector", () => {
  it.each([
    ["Visa 4111 1111 1111 1111 please", "4111 1111 1111 1111"],
    ["tarjeta 4111-1111-1111-1111.", "4111-1111-1111-1111"],
    ["compact 4111111111111111", "4111111111111111"],
    ["Mastercard 5555 5555 5555 4444", "5555 5555 5555 4444"],
    ["Amex 3782 822463 10005", "3782 822463 10005"],
    ["Amex compact 378282246310005", "378282246310005"],
    ["Discover 6011 1111 1111 1117", "6011 1111 1111 1117"],
    ["Diners 3056 930902 5904", "3056 930902 5904"],
    ["JCB 3530111333300000", "3530111333300000"],
    ["thirteen digits 4222222222222", "4222222222222"],
    ["nineteen digits 6011 1111 1111 1111 110", "6011 1111 1111 1111 110"],
    ["with its expiry 4111 1111 1111 1111 12/26", "4111 1111 1111 1111"],
    ["followed by the CVC 5555 5555 5555 4444 123", "5555 5555 5555 4444"],
  ])("finds the card in %j", (text, expected) => {
    expect(detectedValues(cardNumberDetector, text)).toEqual([expected]);
  });

  it.each([
    "invalid Luhn 4111 1111 1111 1112",
    "invalid Luhn compact 5555555555554445",
    "order number 1234 5678 9012 3456",
    "a network prefix no card uses 9111 1111 1111 1110 (Luhn-valid)",
    "order 00001234567890128",
    "twelve digits 411111111111",
    "twenty digits 41111111111111111111",
    "odd grouping 41 1111 1111 1111 11",
    "mixed separators 4111 1111-1111 1111",
    "a decimal 4111111111111111.50",
    "a date 2024-06-15 and an amount 1.234,56 €",
    "inside a word ID4111111111111111",
    "glued to letters 4111111111111111abc",
  ])("finds nothing in %j", (text) => {
    expect(detectedValues(cardNumberDetector, text)).toEqual([]);
  });

  it("gives grouped and compact spellings one normalized form", () => {
    expect(cardNumberDetector.normalize("4111-1111-1111-1111")).toBe(
      cardNumberDetector.normalize("4111111111111111"),
    );
  });
});
