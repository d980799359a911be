import { describe, expect, it } from "vitest";
import { detectedValues } from "../__fixtures__/detected-values.ts";
import { emailDetector } from "./email-detector.ts";

describe("emailDetector", () => {
  it.each([
    ["Write to ana.lopez@example.com today", ["ana.lopez@example.com"]],
    ["Escríbeme a josé.garcía@correo.ejemplo.es, gracias.", ["josé.garcía@correo.ejemplo.es"]],
    [
      "<first+tag@sub.domain.co.uk>; second_one@host-name.io",
      ["first+tag@sub.domain.co.uk", "second_one@host-name.io"],
    ],
    ["(contacto: INFO@EMPRESA.ES)", ["INFO@EMPRESA.ES"]],
    ["mailto:user%team@example.org?subject=hi", ["user%team@example.org"]],
  ])("finds the addresses in %j", (text, expected) => {
    expect(detectedValues(emailDetector, text)).toEqual(expected);
  });

  it.each([
    "no at sign here",
    "user@localhost",
    "@handle on social media",
    "name@.com",
    "double..dot@example.com: a local part has no empty label",
    "price 20@3.50 each",
    "a@b.c",
    `${"x".repeat(65)}@example.com`,
  ])("finds no valid address in %j", (text) => {
    expect(detectedValues(emailDetector, text)).toEqual([]);
  });

  it("gives two spellings of one address the same normalized form", () => {
    expect(emailDetector.normalize("Ana@Example.COM")).toBe(emailDetector.normalize("ana@example.com"));
  });
});
