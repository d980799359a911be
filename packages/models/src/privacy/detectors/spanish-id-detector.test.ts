import { describe, expect, it } from "vitest";
import { detectedValues } from "../__fixtures__/detected-values.ts";
import { spanishIdDetector } from "./spanish-id-detector.ts";

describe("spanishIdDetector", () => {
  it.each([
    ["DNI 12345678Z", "12345678Z"],
    ["con guion 12345678-Z", "12345678-Z"],
    ["con puntos 12.345.678-Z", "12.345.678-Z"],
    ["minúscula 12345678z", "12345678z"],
    ["NIE X1234567L", "X1234567L"],
    ["NIE Y1234567X", "Y1234567X"],
    ["NIE con guiones X-1234567-L", "X-1234567-L"],
    ["otro DNI: 87654321X.", "87654321X"],
  ])("finds the id in %j", (text, expected) => {
    expect(detectedValues(spanishIdDetector, text)).toEqual([expected]);
  });

  it.each([
    "letra incorrecta 12345678A",
    "NIE con letra incorrecta X1234567A",
    "siete cifras 1234567Z",
    "nueve cifras 123456789Z",
    "dentro de una palabra REF12345678Z",
    "seguido de letras 12345678ZZ",
    "un prefijo NIE inválido W1234567L",
    "una fecha 15/06/2024",
  ])("finds nothing in %j", (text) => {
    expect(detectedValues(spanishIdDetector, text)).toEqual([]);
  });

  it("gives formatted and compact spellings one normalized form", () => {
    expect(spanishIdDetector.normalize("12.345.678-z")).toBe(spanishIdDetector.normalize("12345678Z"));
  });
});
