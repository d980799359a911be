/** No datasource of the tenant has this id or name. */
export class DatasourceNotFoundError extends Error {
  override readonly name = "DatasourceNotFoundError";
  readonly code = "PENNY_DATASOURCE_NOT_FOUND";
}
