import { describe, expect, it } from "vitest";
import { detectedValues } from "../__fixtures__/detected-values.ts";
import { usSsnDetector } from "./us-ssn-detector.ts";

describe("usSsnDetector", () => {
  it.each([
    ["SSN 123-45-6789", "123-45-6789"],
    ["SSN: 536 90 4399.", "536 90 4399"],
    ["area 665 is fine: 665-12-3456", "665-12-3456"],
    ["area 899 is fine: 899-99-9999", "899-99-9999"],
  ])("finds the number in %j", (text, expected) => {
    expect(detectedValues(usSsnDetector, text)).toEqual([expected]);
  });

  it.each([
    "area 000: 000-12-3456",
    "area 666: 666-12-3456",
    "area 900 and above: 900-12-3456 and 987-65-4321",
    "group 00: 123-00-4567",
    "serial 0000: 123-45-0000",
    "the advertised wallet card 078-05-1120",
    "nine bare digits 123456789",
    "mixed separators 123-45 6789",
    "a longer number 123-45-6789-01",
    "a date 2024-06-15",
    "a phone 415-555-0132",
  ])("finds nothing in %j", (text) => {
    expect(detectedValues(usSsnDetector, text)).toEqual([]);
  });
});
