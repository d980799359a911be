export { BuiltinCatalogueInvalidError } from "./builtin-catalogue-invalid-error.ts";
export {
  BUILTIN_MODEL_NAME,
  BUILTIN_PROVIDER_ID,
  BuiltinLanguageModel,
  type BuiltinModelOptions,
  createBuiltinModel,
} from "./builtin-language-model.ts";
export { type EntityCatalogue, entityCatalogueSchema, parseEntityCatalogue } from "./entity-catalogue.ts";
export { type MemoryRequest, memoryTerms, readMemoryRequest } from "./memory-request.ts";
