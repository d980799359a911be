import type { Config } from "vega-lite";
import type { ThemeColors } from "../../../theme/use-theme-colors.ts";

/** A Vega-Lite config in the app's theme, so a chart looks like the rest of Penny in light and dark. */
export function chartConfig(colors: ThemeColors): Config {
  const font = "Inter, system-ui, -apple-system, 'Segoe UI', sans-serif";
  const axis = {
    labelColor: colors.muted,
    titleColor: colors.text,
    gridColor: colors.border,
    domainColor: colors.border,
    tickColor: colors.border,
    labelFont: font,
    titleFont: font,
    titleFontWeight: 600 as const,
  };
  return {
    background: "transparent",
    // Fit the panel's width including axes and legend, so a "container" width never overflows it.
    autosize: { type: "fit", contains: "padding" },
    font,
    view: { stroke: "transparent" },
    title: { color: colors.text, font, fontSize: 14, fontWeight: 600, anchor: "start" },
    axis,
    legend: { labelColor: colors.muted, titleColor: colors.text, labelFont: font, titleFont: font },
    range: { category: colors.series },
    mark: { color: colors.accent },
    line: { color: colors.accent, strokeWidth: 2 },
    area: { color: colors.accent },
    bar: { color: colors.accent },
    point: { color: colors.accent },
  };
}
