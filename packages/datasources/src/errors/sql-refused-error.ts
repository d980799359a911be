/** The SQL is not one read-only SELECT; it never reached the datasource. */
export class SqlRefusedError extends Error {
  override readonly name = "SqlRefusedError";
  readonly code = "PENNY_DATASOURCE_SQL_REFUSED";
}
