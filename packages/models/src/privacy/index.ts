export { detectPii } from "./detect-pii.ts";
export { type FilteredOutput, filterOutput } from "./filter-output.ts";
export { PiiInputInvalidError } from "./pii-input-invalid-error.ts";
export { type PiiKind, piiKinds, piiPlaceholderLabel } from "./pii-kind.ts";
export { PII_TEXT_MAX_LENGTH, type PiiOptions, piiOptionsSchema } from "./pii-options.ts";
export type { PiiSpan } from "./pii-span.ts";
export { type PiiFinding, type PiiRedaction, redactPii } from "./redact-pii.ts";
