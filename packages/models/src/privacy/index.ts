export { detectPii } from "./detect-pii.ts";
export { type FilteredOutput, filterOutput, outputKinds } from "./filter-output.ts";
export { PiiInputInvalidError } from "./pii-input-invalid-error.ts";
export { type PiiKind, piiKinds, piiPlaceholderLabel } from "./pii-kind.ts";
export { PII_TEXT_MAX_LENGTH, type PiiOptions, piiOptionsSchema } from "./pii-options.ts";
export type { PiiSpan } from "./pii-span.ts";
export type { PiiCount } from "./pii-tally.ts";
export {
  DEFAULT_PRIVACY_POLICY,
  inputRedactionKinds,
  normalizePrivacyPolicy,
  outputFilterKinds,
  type PrivacyPolicy,
  privacyPolicySchema,
} from "./privacy-policy.ts";
export { type PiiFinding, type PiiRedaction, redactPii } from "./redact-pii.ts";
export { type PromptText, type RedactedPrompt, redactPrompt } from "./redact-prompt.ts";
export {
  createStreamingFilter,
  type FilteredDelta,
  STREAM_HOLD_MAX,
  type StreamingPiiFilter,
} from "./streaming-filter.ts";
