/** A colour as `#rrggbb`, the only form tenant themes take. */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** WCAG AA for normal text; the server refuses a theme below it, the admin screen says so before saving. */
export const MINIMUM_CONTRAST = 4.5;

/** The darkest light surface the accent sits on as link text (the server checks the same one). */
export const LIGHT_SURFACE = "#f0f2f1";

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21), as the server computes it. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
