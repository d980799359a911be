/** The kind is declared in the registry but cannot be connected yet. */
export class DatasourceKindNotBuiltError extends Error {
  override readonly name = "DatasourceKindNotBuiltError";
  readonly code = "PENNY_DATASOURCE_KIND_NOT_BUILT";
}
