import { useSyncExternalStore } from "react";

/** The colours charts need, resolved from the theme's CSS variables to plain rgb() values. */
export interface ThemeColors {
  text: string;
  muted: string;
  border: string;
  accent: string;
  surface: string;
  series: string[];
}

/**
 * The tokens are light-dark() pairs, which only a property that takes a colour resolves; so each is read through a
 * hidden probe's computed `color`, giving the value in effect for the current scheme.
 */
function read(): string {
  const probe = document.createElement("span");
  probe.hidden = true;
  document.body.append(probe);
  const resolve = (name: string) => {
    probe.style.setProperty("color", `var(${name})`);
    return getComputedStyle(probe).color;
  };
  const colors: ThemeColors = {
    text: resolve("--text"),
    muted: resolve("--text-muted"),
    border: resolve("--border"),
    accent: resolve("--accent"),
    surface: resolve("--surface"),
    series: [1, 2, 3, 4, 5, 6].map((index) => resolve(`--series-${index}`)),
  };
  probe.remove();
  return JSON.stringify(colors);
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  // The tenant's brand colours are inline variables on <html>; the system's scheme and contrast are media queries.
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "style"] });
  const queries = ["(prefers-color-scheme: dark)", "(prefers-contrast: more)"].map((query) =>
    window.matchMedia(query),
  );
  for (const query of queries) query.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    for (const query of queries) query.removeEventListener("change", onChange);
  };
}

/** The theme's colours, updated when the person switches theme or the system scheme changes. */
export function useThemeColors(): ThemeColors {
  return JSON.parse(useSyncExternalStore(subscribe, read)) as ThemeColors;
}
