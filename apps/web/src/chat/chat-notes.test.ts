import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/locales/en.ts";
import { es } from "../i18n/locales/es.ts";
import { redactionText } from "./chat-notes.tsx";

async function translator(language: "en" | "es") {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe("redactionText", () => {
  it("counts what was hidden from an external model, by kind, in English and Spanish", async () => {
    const notice = {
      direction: "input" as const,
      redactions: [
        { kind: "email", count: 2 },
        { kind: "card-number", count: 1 },
      ],
    };
    expect(redactionText(await translator("en"), "en", notice)).toBe(
      "3 personal details were hidden from the external model: 2 emails, 1 card number",
    );
    expect(redactionText(await translator("es"), "es", notice)).toBe(
      "Se ocultaron 3 datos personales al modelo externo: 2 correos electrónicos y 1 número de tarjeta",
    );
  });

  it("speaks of one detail in the singular, names unknown kinds, and says nothing when nothing was taken", async () => {
    const t = await translator("en");
    expect(redactionText(t, "en", { direction: "output", redactions: [{ kind: "secret", count: 1 }] })).toBe(
      "1 sensitive detail was taken out of this answer: 1 secret (a key or password)",
    );
    expect(redactionText(t, "en", { direction: "input", redactions: [{ kind: "passport", count: 2 }] })).toBe(
      "2 personal details were hidden from the external model: 2 × passport",
    );
    expect(
      redactionText(t, "en", { direction: "input", redactions: [{ kind: "email", count: 0 }] }),
    ).toBeNull();
  });
});
