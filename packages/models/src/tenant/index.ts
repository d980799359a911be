export { loadEntityCatalogue } from "./entity-catalogue-store.ts";
export {
  MODEL_DEFAULT_POLICY,
  MODEL_EXTERNAL_ALLOWED_POLICY,
  type ModelPolicy,
  modelPolicySchema,
  readModelPolicy,
  writeModelPolicy,
} from "./model-policy-store.ts";
export { PRIVACY_POLICY_KEY, readPrivacyPolicy, writePrivacyPolicy } from "./privacy-policy-store.ts";
export {
  PROMPT_RENDER_MAX_LENGTH,
  PROMPT_TEMPLATE_BODY_MAX_LENGTH,
  PROMPT_TEMPLATE_VARIABLES_MAX,
  PROMPT_VARIABLE_VALUE_MAX_LENGTH,
  type PromptTemplateInput,
  type PromptTemplatePatch,
  placeholdersOf,
  promptTemplateInputSchema,
  promptTemplatePatchSchema,
  promptTemplateVariableSchema,
  promptVariableValuesSchema,
  renderPromptTemplate,
} from "./prompt-template.ts";
export {
  PromptTemplateInvalidError,
  PromptTemplateNameTakenError,
  PromptTemplateNotFoundError,
} from "./prompt-template-errors.ts";
export {
  createPromptTemplate,
  deletePromptTemplate,
  getPromptTemplate,
  listPromptTemplates,
  type PromptTemplateView,
  updatePromptTemplate,
} from "./prompt-template-store.ts";
export { ProviderNameTakenError } from "./provider-name-taken-error.ts";
export { ProviderNotFoundError } from "./provider-not-found-error.ts";
export {
  createProvider,
  deleteProvider,
  listProviders,
  loadProviderConnections,
  type ProviderView,
  type ProviderWithConnection,
  updateProvider,
} from "./provider-store.ts";
export {
  readSystemPrompt,
  SYSTEM_PROMPT_KEY,
  SYSTEM_PROMPT_MAX_LENGTH,
  systemPromptTextSchema,
  type TenantSystemPrompt,
  writeSystemPrompt,
} from "./system-prompt-store.ts";
export {
  BUILTIN_MODEL_ID,
  createTenantModelResolver,
  type ModelPricing,
  type TenantModel,
  type TenantModelRequest,
  type TenantModelResolverOptions,
} from "./tenant-model-resolver.ts";
