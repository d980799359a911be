import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrast.ts";
import { previewVariables, type ThemeTokens } from "./tenant-theme.ts";

describe("previewVariables", () => {
  it("maps allowed tokens to Penny's variables", () => {
    expect(previewVariables({ accent: "#1d4ed8", accentText: "#ffffff", font: "serif", radius: 5 })).toEqual({
      "--accent": "#1d4ed8",
      "--accent-hover": "color-mix(in srgb, #1d4ed8 82%, black)",
      "--accent-soft": "color-mix(in srgb, #1d4ed8 12%, white)",
      "--accent-contrast": "#ffffff",
      "--font": 'Georgia, Cambria, "Times New Roman", "DejaVu Serif", serif',
      "--radius": "5px",
      "--radius-small": "3px",
    });
  });

  it("drops anything that is not a colour, a known font or a bounded whole radius, whatever the server sent", () => {
    const hostile = {
      accent: "red; background: url(https://example.test/x)",
      accentText: "#fff",
      font: "Comic Sans",
      radius: 400,
    } as unknown as ThemeTokens;
    expect(previewVariables(hostile)).toEqual({});
    expect(previewVariables({ radius: 2.5 })).toEqual({});
  });
});

describe("contrastRatio", () => {
  it("matches WCAG 2 (the server's check)", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#7fb0ff", "#ffffff")).toBeLessThan(4.5);
    expect(contrastRatio("#1d4ed8", "#ffffff")).toBeGreaterThan(4.5);
  });
});
