/** No integration with this id is registered. */
export class IntegrationNotFoundError extends Error {
  override readonly name = "IntegrationNotFoundError";
  readonly code = "PENNY_INTEGRATION_NOT_FOUND";
  constructor(readonly integrationId: string) {
    super(`There is no integration called "${integrationId}".`);
  }
}
