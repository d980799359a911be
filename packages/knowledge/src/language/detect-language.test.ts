import { describe, expect, it } from "vitest";
import { detectLanguage, foldedWords } from "./detect-language.ts";

describe("detectLanguage", () => {
  it.each([
    ["The committee will review the proposal and publish its decision by the end of the month.", "en"],
    ["Please send the signed contract to the legal team before Friday.", "en"],
    ["El comité revisará la propuesta y publicará su decisión antes de que termine el mes.", "es"],
    ["Por favor, envíe el contrato firmado al equipo legal antes del viernes.", "es"],
    ["Los resultados del trimestre fueron mejores de lo esperado en todas las regiones.", "es"],
  ] as const)("%s → %s", (sentence, language) => {
    expect(detectLanguage(sentence)).toBe(language);
  });

  it("says English when it cannot tell", () => {
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("12345 — 67890")).toBe("en");
  });

  it("folds accents and case", () => {
    expect(foldedWords("Según ÉL, la Contraseña")).toEqual(["segun", "el", "la", "contrasena"]);
  });
});
