/**
 * The guarded SELECT wrapped so at most `limit` rows come back. The newline before the closing parenthesis keeps a
 * trailing `-- comment` in the user's SQL from swallowing the wrapper.
 */
export function wrapWithLimit(sql: string, limit: number): string {
  return `SELECT * FROM (\n${sql}\n) AS penny_query LIMIT ${Math.floor(limit)}`;
}
