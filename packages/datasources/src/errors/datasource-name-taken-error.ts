/** Another datasource of the tenant already has this name. */
export class DatasourceNameTakenError extends Error {
  override readonly name = "DatasourceNameTakenError";
  readonly code = "PENNY_DATASOURCE_NAME_TAKEN";
}
