/** A zoom factor as the person's language writes a percentage ("125 %" in Spanish, "125%" in English). */
export function formatPercent(factor: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(factor);
}
