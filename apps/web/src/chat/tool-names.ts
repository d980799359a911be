import type { TFunction } from "i18next";

/** A tool's name for people: translated for the tools Penny ships, else its id made readable. */
export function toolLabel(t: TFunction, toolName: string): string {
  const key = `tools.names.${toolName}`;
  const translated = t(key as "tools.names.get_company_kpis", { defaultValue: "" });
  if (translated) return translated;
  const words = toolName.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
