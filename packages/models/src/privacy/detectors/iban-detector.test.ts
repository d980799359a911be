import { describe, expect, it } from "vitest";
import { detectedValues } from "../__fixtures__/detected-values.ts";
import { ibanDetector } from "./iban-detector.ts";

describe("ibanDetector", () => {
  it.each([
    ["Mi cuenta: ES91 2100 0418 4502 0005 1332.", ["ES91 2100 0418 4502 0005 1332"]],
    ["IBAN ES9121000418450200051332", ["ES9121000418450200051332"]],
    ["German DE89 3704 0044 0532 0130 00 account", ["DE89 3704 0044 0532 0130 00"]],
    ["UK GB82 WEST 1234 5698 7654 32", ["GB82 WEST 1234 5698 7654 32"]],
    ["French FR14 2004 1010 0505 0001 3M02 606", ["FR14 2004 1010 0505 0001 3M02 606"]],
    [
      "Dutch NL91ABNA0417164300 and Belgian BE68 5390 0754 7034",
      ["NL91ABNA0417164300", "BE68 5390 0754 7034"],
    ],
    ["lower case es91 2100 0418 4502 0005 1332", ["es91 2100 0418 4502 0005 1332"]],
    ["followed by words ES91 2100 0418 4502 0005 1332 BANCO X", ["ES91 2100 0418 4502 0005 1332"]],
    [
      "two in a row: ES91 2100 0418 4502 0005 1332 DE89 3704 0044 0532 0130 00",
      ["ES91 2100 0418 4502 0005 1332", "DE89 3704 0044 0532 0130 00"],
    ],
  ])("finds the IBANs in %j", (text, expected) => {
    expect(detectedValues(ibanDetector, text)).toEqual(expected);
  });

  it.each([
    "wrong check digits ES92 2100 0418 4502 0005 1332",
    "one account digit changed ES91 2100 0418 4502 0005 1333",
    "too short ES91 2100 0418 4502 0005 133",
    "glued to more characters ES9121000418450200051332X",
    "an unknown country QQ91 2100 0418 4502 0005 1332",
    "a product code AB12 3456 7890 1234 5678",
    "a date ES 2024-06-15",
    "double spaces ES91  2100 0418 4502 0005 1332",
  ])("finds nothing in %j", (text) => {
    expect(detectedValues(ibanDetector, text)).toEqual([]);
  });

  it("gives grouped, compact and lower-case spellings one normalized form", () => {
    expect(ibanDetector.normalize("es91 2100 0418 4502 0005 1332")).toBe(
      ibanDetector.normalize("ES9121000418450200051332"),
    );
  });
});
