import { z } from "zod";
import { contrastRatio, HEX_COLOUR, MINIMUM_CONTRAST } from "./contrast.ts";

/**
 * The font families a tenant may choose, by name. Each is a stack of fonts already on people's devices, so nothing
 * is fetched from elsewhere; the web app maps the name to its stack.
 */
export const themeFonts = ["inter", "system", "humanist", "serif", "mono"] as const;

export const THEME_RADIUS_MAX = 20;

// No transform here: the same schema describes responses, which Fastify serializes through it.
const hexColour = z.string().regex(HEX_COLOUR, "must be a colour written as #rrggbb, e.g. #2f6f5e");

/**
 * A tenant theme's tokens: a fixed allow-list of named values, each validated strictly. Never CSS text: the web
 * app turns each into one known CSS variable, so a theme cannot inject rules, URLs or fonts from elsewhere.
 */
export const themeTokensSchema = z
  .strictObject({
    accent: hexColour.optional().describe("Brand colour of buttons, links and highlights"),
    accentText: hexColour.optional().describe("Text colour on the brand colour; needs 4.5:1 against it"),
    font: z.enum(themeFonts).optional().describe("Font family, from a fixed list"),
    radius: z
      .number()
      .int()
      .min(0)
      .max(THEME_RADIUS_MAX)
      .optional()
      .describe("Corner radius of cards and controls, in CSS pixels"),
  })
  .meta({ id: "ThemeTokens" });

export type ThemeTokens = z.infer<typeof themeTokensSchema>;

/** The tokens as stored: colours in lower case, so equal colours compare equal. */
export function normalizedTokens(tokens: ThemeTokens): ThemeTokens {
  return {
    ...tokens,
    ...(tokens.accent ? { accent: tokens.accent.toLowerCase() } : {}),
    ...(tokens.accentText ? { accentText: tokens.accentText.toLowerCase() } : {}),
  };
}

/** Penny's own accent and its text colour, which stand in for a token the theme leaves out. */
export const DEFAULT_ACCENT = "#2f6f5e";
export const DEFAULT_ACCENT_TEXT = "#ffffff";

/** The darkest light surface the accent sits on as text (links, selected items): it must be readable there too. */
export const LIGHT_SURFACE = "#f0f2f1";

/**
 * Why the theme's colours are too close to read (WCAG AA, 4.5:1) — the text on the accent, or the accent as text on
 * Penny's light surfaces — in words for the admin; null when they are fine.
 */
export function contrastProblem(tokens: ThemeTokens): string | null {
  if (tokens.accent === undefined && tokens.accentText === undefined) return null;
  const accent = tokens.accent ?? DEFAULT_ACCENT;
  const text = tokens.accentText ?? DEFAULT_ACCENT_TEXT;
  const shown = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);
  const onAccent = contrastRatio(accent, text);
  if (onAccent < MINIMUM_CONTRAST) {
    return (
      `The text colour ${text} on the accent ${accent} has a contrast of ${shown(onAccent)}:1; it must be at least ` +
      `${MINIMUM_CONTRAST}:1 to be readable. Choose a darker accent or a lighter (or darker) text colour.`
    );
  }
  const onPage = contrastRatio(accent, LIGHT_SURFACE);
  if (onPage < MINIMUM_CONTRAST) {
    return (
      `The accent ${accent} is also the colour of links on a light page, where its contrast is ${shown(onPage)}:1; ` +
      `it must be at least ${MINIMUM_CONTRAST}:1. Choose a darker accent.`
    );
  }
  return null;
}

/** Reads stored tokens back through the schema, dropping anything no longer allowed instead of failing. */
export function storedTokens(stored: unknown): ThemeTokens {
  const value =
    stored && typeof stored === "object" && "radius" in stored && typeof stored.radius === "string"
      ? { ...stored, radius: Number(stored.radius) }
      : stored;
  const parsed = themeTokensSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const kept: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value && typeof value === "object" ? value : {})) {
    const single = themeTokensSchema.safeParse({ [key]: entry });
    if (single.success) Object.assign(kept, single.data);
  }
  return kept as ThemeTokens;
}
