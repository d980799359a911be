/** The tenant has not connected the integration (or disconnected it). */
export class IntegrationNotConnectedError extends Error {
  override readonly name = "IntegrationNotConnectedError";
  readonly code = "PENNY_INTEGRATION_NOT_CONNECTED";
  constructor(readonly integrationName: string) {
    super(
      `${integrationName} is not connected for this organisation. An administrator can connect it under Integrations.`,
    );
  }
}
