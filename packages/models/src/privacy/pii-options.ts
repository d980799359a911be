import { z } from "zod";
import { PiiInputInvalidError } from "./pii-input-invalid-error.ts";
import { type PiiKind, piiKinds } from "./pii-kind.ts";

/** Longest text scanned in one call, in UTF-16 units: a bound on work, far above any chat message. */
export const PII_TEXT_MAX_LENGTH = 2_000_000;

/** Which kinds to look for; all of them when `kinds` is absent, none when it is empty. */
export const piiOptionsSchema = z
  .object({ kinds: z.array(z.enum(piiKinds)).max(100).optional() })
  .strict()
  .optional();

export type PiiOptions = NonNullable<z.infer<typeof piiOptionsSchema>>;

/** Validates the text and options of a call and returns the enabled kinds, in precedence order. */
export function parsePiiInput(text: unknown, options: unknown): PiiKind[] {
  if (typeof text !== "string") throw new PiiInputInvalidError("the text must be a string");
  if (text.length > PII_TEXT_MAX_LENGTH) {
    throw new PiiInputInvalidError(`the text is longer than ${PII_TEXT_MAX_LENGTH} characters`);
  }
  const parsed = piiOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw new PiiInputInvalidError(`the options are invalid${where}: ${issue?.message ?? "unknown problem"}`);
  }
  const enabled = parsed.data?.kinds;
  return enabled === undefined ? [...piiKinds] : piiKinds.filter((kind) => enabled.includes(kind));
}
