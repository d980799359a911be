import { describe, expect, it } from "vitest";
import { redactPii } from "./redact-pii.ts";

const original =
  "Soy Ana (ana@example.com, 600 123 456). Mi socio es luis@example.com. " +
  "Escribid a ana@example.com con copia a Luis; cuenta ES91 2100 0418 4502 0005 1332.";

describe("redactPii", () => {
  it("replaces each value with a numbered placeholder per kind, the same value with the same one", () => {
    const redaction = redactPii(original);
    expect(redaction.text).toBe(
      "Soy Ana ([EMAIL_1], [PHONE_1]). Mi socio es [EMAIL_2]. " +
        "Escribid a [EMAIL_1] con copia a Luis; cuenta [IBAN_1].",
    );
    expect(redaction.findings).toEqual([
      { kind: "email", placeholder: "[EMAIL_1]", occurrences: 2 },
      { kind: "phone", placeholder: "[PHONE_1]", occurrences: 1 },
      { kind: "email", placeholder: "[EMAIL_2]", occurrences: 1 },
      { kind: "iban", placeholder: "[IBAN_1]", occurrences: 1 },
    ]);
  });

  it("gives two spellings of one value one placeholder", () => {
    const redaction = redactPii(
      "Call 600 123 456 or 600-123-456; card 4111 1111 1111 1111 = 4111111111111111.",
    );
    expect(redaction.text).toBe("Call [PHONE_1] or [PHONE_1]; card [CARD_NUMBER_1] = [CARD_NUMBER_1].");
  });

  it("keeps the raw values out of everything that could be logged", () => {
    const redaction = redactPii(original);
    const loggable = JSON.stringify(redaction);
    for (const value of ["ana@example.com", "luis@example.com", "600 123 456", "ES91 2100"]) {
      expect(loggable).not.toContain(value);
      expect(redaction.text).not.toContain(value);
    }
    expect(Object.keys(redaction).sort()).toEqual(["findings", "restore", "text"]);
  });

  it("puts the original values back into a model's answer", () => {
    const redaction = redactPii(original);
    const answer =
      "He escrito a [EMAIL_1] y a [EMAIL_2]; llamaré al [PHONE_1]. El IBAN [IBAN_1] es correcto.";
    expect(redaction.restore(answer)).toBe(
      "He escrito a ana@example.com y a luis@example.com; llamaré al 600 123 456. " +
        "El IBAN ES91 2100 0418 4502 0005 1332 es correcto.",
    );
    expect(redaction.restore(redaction.text)).toBe(original);
  });

  it("restores placeholders a model re-cased or padded, and leaves ones it invented", () => {
    const redaction = redactPii("Mail ana@example.com");
    expect(redaction.restore("To [email_1], [ EMAIL_1 ], not [EMAIL_7] nor [PHONE_1] nor EMAIL_1")).toBe(
      "To ana@example.com, ana@example.com, not [EMAIL_7] nor [PHONE_1] nor EMAIL_1",
    );
  });

  it("never reuses a placeholder that was already in the text", () => {
    const redaction = redactPii("Template: dear [EMAIL_1]. Real one: ana@example.com");
    expect(redaction.text).toBe("Template: dear [EMAIL_1]. Real one: [EMAIL_2]");
    expect(redaction.restore("[EMAIL_1] / [EMAIL_2]")).toBe("[EMAIL_1] / ana@example.com");
  });

  it("keeps each redaction's values to itself", () => {
    const first = redactPii("ana@example.com");
    const second = redactPii("luis@example.com");
    expect(first.text).toBe("[EMAIL_1]");
    expect(second.text).toBe("[EMAIL_1]");
    expect(first.restore("[EMAIL_1]")).toBe("ana@example.com");
    expect(second.restore("[EMAIL_1]")).toBe("luis@example.com");
  });

  it("redacts only the kinds enabled and returns text without personal data unchanged", () => {
    expect(redactPii(original, { kinds: ["phone"] }).text).toBe(original.replace("600 123 456", "[PHONE_1]"));
    const plain = redactPii("Nada personal: pedido 612345678 del 15/06/2024 por 49,90 €.");
    expect(plain.text).toBe("Nada personal: pedido 612345678 del 15/06/2024 por 49,90 €.");
    expect(plain.findings).toEqual([]);
    expect(plain.restore("[PHONE_1]")).toBe("[PHONE_1]");
  });

  it("labels every kind's placeholder", () => {
    const text =
      "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12, a@b.es, ES9121000418450200051332, 4111111111111111, 12345678Z, 536-90-4399, 600123456";
    expect(redactPii(text).text).toBe(
      "[SECRET_1], [EMAIL_1], [IBAN_1], [CARD_NUMBER_1], [SPANISH_ID_1], [US_SSN_1], [PHONE_1]",
    );
  });

  it("refuses bad input to redact and to restore", () => {
    expect(() => redactPii(undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: "PENNY_PII_INPUT_INVALID" }),
    );
    const redaction = redactPii("ana@example.com");
    expect(() => redaction.restore(null as unknown as string)).toThrow(
      expect.objectContaining({ code: "PENNY_PII_INPUT_INVALID" }),
    );
  });
});
