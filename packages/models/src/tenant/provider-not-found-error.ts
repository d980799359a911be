/** A model provider id that names no provider of the caller's tenant. */
export class ProviderNotFoundError extends Error {
  override readonly name = "ProviderNotFoundError";
  readonly code = "PENNY_MODEL_PROVIDER_NOT_FOUND";
  constructor() {
    super("No such model provider.");
  }
}
