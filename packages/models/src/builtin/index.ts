export { BUILTIN_MODEL_NAME, BuiltinLanguageModel, createBuiltinModel } from "./builtin-language-model.ts";
export { type EntityCatalogue, entityCatalogueSchema, parseEntityCatalogue } from "./entity-catalogue.ts";
