/** The datasource rejected the query (an unknown column, a type mismatch …). */
export class DatasourceQueryError extends Error {
  override readonly name = "DatasourceQueryError";
  readonly code = "PENNY_DATASOURCE_QUERY_FAILED";
}
