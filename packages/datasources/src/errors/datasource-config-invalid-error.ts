/** The settings of a datasource are not valid (a field, a blocked address, a file that is not a table). */
export class DatasourceConfigInvalidError extends Error {
  override readonly name = "DatasourceConfigInvalidError";
  readonly code = "PENNY_DATASOURCE_CONFIG_INVALID";
}
