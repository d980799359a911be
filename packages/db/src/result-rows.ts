/** The rows of a raw `execute` result; node-postgres and PGlite both answer `{ rows }`. */
export function resultRows<T = Record<string, unknown>>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
