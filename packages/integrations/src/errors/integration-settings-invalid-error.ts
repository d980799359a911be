/** The settings or credentials sent to connect an integration do not match its schemas. */
export class IntegrationSettingsInvalidError extends Error {
  override readonly name = "IntegrationSettingsInvalidError";
  readonly code = "PENNY_INTEGRATION_SETTINGS_INVALID";
  constructor(readonly problems: { path: string; message: string }[]) {
    super(
      `The integration settings are not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
    );
  }
}
