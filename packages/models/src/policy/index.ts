export { classifyModelFailure, type ModelFailure } from "./classify-model-failure.ts";
export {
  type ComplexityContext,
  type ComplexityEstimate,
  estimateComplexity,
  explainComplexity,
  type ModelSize,
} from "./estimate-complexity.ts";
export type { FallbackAttemptEvent, FallbackCandidate, FallbackOptions } from "./fallback-options.ts";
export { FirstChunkTimeoutError } from "./first-chunk-timeout-error.ts";
export { ModelPolicyInvalidError } from "./model-policy-invalid-error.ts";
export { type FailedModelAttempt, ModelUnavailableError } from "./model-unavailable-error.ts";
export {
  BUILTIN_MODEL_LABEL,
  type ModelSelection,
  type ModelSelectionInput,
  type SelectableModel,
  type SelectedModel,
  selectModels,
} from "./select-models.ts";
export { withFallback } from "./with-fallback.ts";
