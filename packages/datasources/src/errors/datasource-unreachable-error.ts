/** The datasource could not be reached or refused the credentials. */
export class DatasourceUnreachableError extends Error {
  override readonly name = "DatasourceUnreachableError";
  readonly code = "PENNY_DATASOURCE_UNREACHABLE";
}
