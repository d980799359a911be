/** Provider settings handed to `createProviderModel` are unusable: a bug or a bad stored row, named field by field. */
export class ProviderSettingsInvalidError extends Error {
  override readonly name = "ProviderSettingsInvalidError";
  readonly code = "PENNY_MODEL_PROVIDER_INVALID";
  constructor(readonly problems: { path: string; message: string }[]) {
    super(
      `The model provider settings are invalid: ${problems.map((problem) => `${problem.path} ${problem.message}`).join("; ")}`,
    );
  }
}
