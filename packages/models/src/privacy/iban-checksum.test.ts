import { describe, expect, it } from "vitest";
import { passesIbanChecksum } from "./iban-checksum.ts";

describe("passesIbanChecksum", () => {
  it.each([
    "ES9121000418450200051332",
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "NL91ABNA0417164300",
  ])("accepts %s", (iban) => {
    expect(passesIbanChecksum(iban)).toBe(true);
  });

  it.each([
    ["a changed check digit", "ES9221000418450200051332"],
    ["a changed account digit", "ES9121000418450200051333"],
    ["two swapped digits", "DE89370400440523013000"],
    ["lower case", "gb82west12345698765432"],
    ["spaces", "ES91 2100 0418 4502 0005 1332"],
    ["no country", "9121000418450200051332"],
  ])("rejects %s", (_, iban) => {
    expect(passesIbanChecksum(iban)).toBe(false);
  });
});
