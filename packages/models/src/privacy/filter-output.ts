import type { PiiOptions } from "./pii-options.ts";
import { parsePiiInput } from "./pii-options.ts";
import { type PiiFinding, redactPii } from "./redact-pii.ts";

export interface FilteredOutput {
  text: string;
  findings: PiiFinding[];
}

/**
 * Redacts what a model must not show: the tenant's enabled kinds, and secrets always — an API key in an answer is
 * a leak whatever the tenant chose for personal data.
 */
export function filterOutput(text: string, options?: PiiOptions): FilteredOutput {
  const kinds = parsePiiInput(text, options);
  if (!kinds.includes("secret")) kinds.push("secret");
  const { text: filtered, findings } = redactPii(text, { kinds });
  return { text: filtered, findings };
}
