/** The query ran longer than the datasource's statement timeout and was stopped. */
export class DatasourceTimeoutError extends Error {
  override readonly name = "DatasourceTimeoutError";
  readonly code = "PENNY_DATASOURCE_TIMEOUT";
}
