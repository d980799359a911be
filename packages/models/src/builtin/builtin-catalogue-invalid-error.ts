/** The entity catalogue given to the built-in model is not the expected shape. */
export class BuiltinCatalogueInvalidError extends Error {
  override readonly name = "BuiltinCatalogueInvalidError";
  readonly code = "PENNY_BUILTIN_CATALOGUE_INVALID";
  constructor(readonly detail: string) {
    super(`The built-in model's entity catalogue is invalid (${detail}).`);
  }
}
