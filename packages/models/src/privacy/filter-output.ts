import type { PiiKind } from "./pii-kind.ts";
import type { PiiOptions } from "./pii-options.ts";
import { parsePiiInput } from "./pii-options.ts";
import { type PiiFinding, redactPii } from "./redact-pii.ts";

export interface FilteredOutput {
  text: string;
  findings: PiiFinding[];
}

/**
 * The kinds an output filter looks for: the tenant's enabled kinds, and secrets always — an API key in an answer
 * is a leak whatever the tenant chose for personal data.
 */
export function outputKinds(text: string, options?: PiiOptions): PiiKind[] {
  const kinds = parsePiiInput(text, options);
  if (!kinds.includes("secret")) kinds.unshift("secret");
  return kinds;
}

/** Redacts what a model must not show (see `outputKinds`). */
export function filterOutput(text: string, options?: PiiOptions): FilteredOutput {
  const { text: filtered, findings } = redactPii(text, { kinds: outputKinds(text, options) });
  return { text: filtered, findings };
}
