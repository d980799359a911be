import { HEX_COLOUR } from "./contrast.ts";

/** The fonts a tenant may choose (the server's allow-list), each a stack of fonts already on people's devices. */
export const fontStacks = {
  inter: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif',
  humanist: '"Gill Sans", "Gill Sans MT", Calibri, "Trebuchet MS", "DejaVu Sans", sans-serif',
  serif: 'Georgia, Cambria, "Times New Roman", "DejaVu Serif", serif',
  mono: 'ui-monospace, "SF Mono", "Cascadia Code", Menlo, Consolas, "DejaVu Sans Mono", monospace',
} as const;
export type ThemeFont = keyof typeof fontStacks;
export const themeFonts = Object.keys(fontStacks) as ThemeFont[];

export const THEME_RADIUS_MAX = 20;

/** GET /v1/theme's tokens: a fixed set of named values, never CSS text. */
export interface ThemeTokens {
  accent?: string;
  accentText?: string;
  font?: ThemeFont;
  radius?: number;
}

/** GET /v1/theme: the tenant's tokens and logo. */
export interface TenantTheme {
  tokens: ThemeTokens;
  logo: { url: string; hash: string } | null;
}

/**
 * The CSS variables a theme sets, by the names tokens.css reads (`--brand-…` on <html>, or Penny's own names on a
 * preview element). Each value is checked again here, so only a colour, a known font stack or a bounded length can
 * ever reach a stylesheet, whatever the server sends.
 */
function variables(
  tokens: ThemeTokens,
  names: Record<"accent" | "hover" | "soft" | "text" | "font" | "radius" | "small", string>,
) {
  const set: Record<string, string> = {};
  if (tokens.accent && HEX_COLOUR.test(tokens.accent)) {
    set[names.accent] = tokens.accent;
    set[names.hover] = `color-mix(in srgb, ${tokens.accent} 82%, black)`;
    set[names.soft] = `color-mix(in srgb, ${tokens.accent} 12%, white)`;
  }
  if (tokens.accentText && HEX_COLOUR.test(tokens.accentText)) set[names.text] = tokens.accentText;
  if (tokens.font && Object.hasOwn(fontStacks, tokens.font)) set[names.font] = fontStacks[tokens.font];
  const radius = tokens.radius;
  if (typeof radius === "number" && Number.isInteger(radius) && radius >= 0 && radius <= THEME_RADIUS_MAX) {
    set[names.radius] = `${radius}px`;
    set[names.small] = `${Math.round(radius * 0.6)}px`;
  }
  return set;
}

const brandNames = {
  accent: "--brand-accent",
  hover: "--brand-accent-hover",
  soft: "--brand-accent-soft",
  text: "--brand-accent-text",
  font: "--brand-font",
  radius: "--brand-radius",
  small: "--brand-radius-small",
};

/** The variables for a preview element: Penny's own names, so everything inside it takes the theme at once. */
export const previewVariables = (tokens: ThemeTokens) =>
  variables(tokens, {
    accent: "--accent",
    hover: "--accent-hover",
    soft: "--accent-soft",
    text: "--accent-contrast",
    font: "--font",
    radius: "--radius",
    small: "--radius-small",
  });

/**
 * Sets the variables of `tokens` on `element` through the CSSOM (the page's CSP allows no inline <style>),
 * removing those of `names` it does not set.
 */
export function setVariables(element: HTMLElement, values: Record<string, string>, names: readonly string[]) {
  for (const name of names) {
    const value = values[name];
    if (value === undefined) element.style.removeProperty(name);
    else element.style.setProperty(name, value);
  }
}

/** Applies a tenant's theme to the whole page (<html>); empty tokens give Penny's own look back. */
export function applyTenantTheme(tokens: ThemeTokens): void {
  setVariables(document.documentElement, variables(tokens, brandNames), Object.values(brandNames));
}
