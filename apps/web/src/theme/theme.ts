/**
 * The colour schemes; "system" follows the operating system's settings (light or dark, and high contrast when it
 * asks for more contrast). "high-contrast" is light or dark by the system's scheme, with AAA contrast.
 */
export const themes = ["system", "light", "dark", "high-contrast"] as const;
export type Theme = (typeof themes)[number];

const STORAGE_KEY = "penny.theme";

/** The saved theme of this device, "system" when none. */
export function savedTheme(): Theme {
  const saved = localStorage.getItem(STORAGE_KEY);
  return themes.find((theme) => theme === saved) ?? "system";
}

/**
 * Applies a theme through `data-theme` on <html>; the CSS variables in tokens.css do the rest. "system" removes
 * the attribute so the prefers-color-scheme media query decides.
 */
export function applyTheme(theme: Theme): void {
  localStorage.setItem(STORAGE_KEY, theme);
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
