/** Two providers of one tenant cannot share a name. */
export class ProviderNameTakenError extends Error {
  override readonly name = "ProviderNameTakenError";
  readonly code = "PENNY_MODEL_PROVIDER_NAME_TAKEN";
  constructor(providerName: string) {
    super(`A model provider named "${providerName}" already exists.`);
  }
}
