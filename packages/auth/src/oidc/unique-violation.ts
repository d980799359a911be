/**
 * Whether a database error (or one it wraps: drizzle puts the driver's error in `cause`) is a unique-constraint
 * violation, SQLSTATE 23505, on PostgreSQL and PGlite alike.
 */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if ((current as { code?: unknown }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
