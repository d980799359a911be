export { loadEntityCatalogue } from "./entity-catalogue-store.ts";
export {
  MODEL_DEFAULT_POLICY,
  MODEL_EXTERNAL_ALLOWED_POLICY,
  type ModelPolicy,
  modelPolicySchema,
  readModelPolicy,
  writeModelPolicy,
} from "./model-policy-store.ts";
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
  BUILTIN_MODEL_ID,
  createTenantModelResolver,
  type TenantModel,
  type TenantModelRequest,
  type TenantModelResolverOptions,
} from "./tenant-model-resolver.ts";
