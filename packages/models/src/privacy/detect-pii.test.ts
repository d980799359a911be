import { describe, expect, it } from "vitest";
import { detectPii } from "./detect-pii.ts";
import { emailDetector } from "./detectors/email-detector.ts";
import { phoneDetector } from "./detectors/phone-detector.ts";
import { piiKinds } from "./pii-kind.ts";
import { PII_TEXT_MAX_LENGTH } from "./pii-options.ts";

const spanishText = [
  "Hola, soy Lucía (DNI 12345678Z). Escríbeme a lucia.martin@ejemplo.es o llámame al 600 123 456.",
  "Domiciliad el recibo en ES91 2100 0418 4502 0005 1332; mi tarjeta es 4111 1111 1111 1111.",
  "El pedido nº 612345678 del 15/06/2024 costó 1.234,56 €.",
].join("\n");

const englishText = [
  "Hi, I'm John (SSN 536-90-4399). Mail john.smith@example.com or call +1 (415) 555-0132.",
  "Wire to GB82 WEST 1234 5698 7654 32, card 5555-5555-5555-4444, and use key AKIAIOSFODNN7EXAMPLE.",
  "Order #987654321 shipped on 2024-06-15 for $1,299.00.",
].join("\n");

const summary = (text: string, options?: Parameters<typeof detectPii>[1]) =>
  detectPii(text, options).map(({ kind, value }) => [kind, value]);

describe("detectPii", () => {
  it("finds every kind in Spanish text and leaves the order number, date and price alone", () => {
    expect(summary(spanishText)).toEqual([
      ["spanish-id", "12345678Z"],
      ["email", "lucia.martin@ejemplo.es"],
      ["phone", "600 123 456"],
      ["iban", "ES91 2100 0418 4502 0005 1332"],
      ["card-number", "4111 1111 1111 1111"],
    ]);
  });

  it("finds every kind in English text and leaves the order number, date and price alone", () => {
    expect(summary(englishText)).toEqual([
      ["us-ssn", "536-90-4399"],
      ["email", "john.smith@example.com"],
      ["phone", "+1 (415) 555-0132"],
      ["iban", "GB82 WEST 1234 5698 7654 32"],
      ["card-number", "5555-5555-5555-4444"],
      ["secret", "AKIAIOSFODNN7EXAMPLE"],
    ]);
  });

  it("reports spans whose offsets give back their values", () => {
    const spans = detectPii(`${spanishText}\n${englishText}`);
    expect(spans.length).toBe(11);
    for (const span of spans)
      expect(`${spanishText}\n${englishText}`.slice(span.start, span.end)).toBe(span.value);
    const starts = spans.map((span) => span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("looks only for the kinds a tenant enabled", () => {
    expect(summary(spanishText, { kinds: ["email", "iban"] })).toEqual([
      ["email", "lucia.martin@ejemplo.es"],
      ["iban", "ES91 2100 0418 4502 0005 1332"],
    ]);
    expect(summary(spanishText, { kinds: [] })).toEqual([]);
    expect(summary(englishText, { kinds: [...piiKinds] })).toEqual(summary(englishText));
  });

  it("settles overlapping candidates in favour of the kind listed first", () => {
    const text = "Reply to 600123456@example.com";
    // Both detectors claim the digits; the e-mail address is the more specific reading.
    expect(phoneDetector.detect(text)).toHaveLength(1);
    expect(emailDetector.detect(text)).toHaveLength(1);
    expect(summary(text)).toEqual([["email", "600123456@example.com"]]);
    // With e-mail disabled, the phone-shaped part is still personal data.
    expect(summary(text, { kinds: ["phone"] })).toEqual([["phone", "600123456"]]);
  });

  it("lets a secret swallow the personal data written inside it", () => {
    const block =
      "-----BEGIN PRIVATE KEY-----\nowner ana@example.com tel 600 123 456\n-----END PRIVATE KEY-----";
    expect(summary(`key:\n${block}`)).toEqual([["secret", block]]);
  });

  it("finds nothing in ordinary business text full of numbers", () => {
    const text = [
      "Invoice 2024-0042 dated 15/06/2024: 3 items at 19,99 € = 59,97 €; VAT 21 %.",
      "Factura nº 600123456, albarán 912345678, ref. 722-33-44-55.",
      "Meeting at 10:30 on 2024-06-15, room 4B, call extension 4455.",
      "Our revenue grew to $1,234,567.89 (up 12.5%) and headcount to 1.250.",
      "Tracking: 1Z999AA10123456784, ISBN 978-3-16-148410-0, version 6.12.345.",
    ].join("\n");
    expect(summary(text)).toEqual([]);
  });

  it.each([
    ["text that is not a string", 42, undefined],
    ["a kind that does not exist", "text", { kinds: ["passport"] }],
    ["kinds that are not a list", "text", { kinds: "email" }],
    ["an unknown option", "text", { kinds: ["email"], mode: "strict" }],
    ["text longer than the limit", "a".repeat(PII_TEXT_MAX_LENGTH + 1), undefined],
  ])("refuses %s", (_, text, options) => {
    expect(() => detectPii(text as string, options as never)).toThrow(
      expect.objectContaining({ code: "PENNY_PII_INPUT_INVALID" }),
    );
  });

  it("never repeats the scanned text in its error message", () => {
    const secretText = `ana@example.com ${"x".repeat(PII_TEXT_MAX_LENGTH)}`;
    expect(() => detectPii(secretText)).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining("ana@") }),
    );
    expect(() => detectPii(secretText)).toThrow(expect.objectContaining({ code: "PENNY_PII_INPUT_INVALID" }));
  });
});
