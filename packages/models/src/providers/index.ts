export { createProviderModel } from "./create-provider-model.ts";
export { estimateCost, type TokenUsage } from "./estimate-cost.ts";
export { type ProviderKind, providerKinds } from "./provider-kind.ts";
export { ProviderSettingsInvalidError } from "./provider-settings-invalid-error.ts";
export {
  type ProviderConnection,
  type ProviderModel,
  type ProviderSettings,
  providerConnectionSchema,
  providerModelSchema,
  providerSettingsSchema,
} from "./provider-settings-schema.ts";
