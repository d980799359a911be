/** A migration failed; it was rolled back, so the schema is as it was before it. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";
  readonly code = "PENNY_MIGRATION_FAILED";
  constructor(
    readonly migration: string,
    readonly statementIndex: number,
    cause: unknown,
  ) {
    super(
      `Migration ${migration} failed at statement ${statementIndex + 1} and was rolled back: ${rootMessage(cause)}`,
      { cause },
    );
  }
}

/** A migration file was edited after it had been applied to this database. */
export class MigrationChangedError extends Error {
  override readonly name = "MigrationChangedError";
  readonly code = "PENNY_MIGRATION_CHANGED";
  constructor(readonly migration: string) {
    super(
      `Migration ${migration} was changed after it was applied; add a new migration instead of editing it.`,
    );
  }
}

/** Another Penny process holds the embedded database folder. */
export class DataDirInUseError extends Error {
  override readonly name = "DataDirInUseError";
  readonly code = "PENNY_DATA_DIR_IN_USE";
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} is in use by another Penny process. Stop that process, or set PENNY_DATA_DIR to another folder. (If none is running, the lock of a crashed process expires within 10 seconds.)`,
    );
  }
}

/** A tenant id that is not a UUID would otherwise surface as a database cast error. */
export class InvalidTenantIdError extends Error {
  override readonly name = "InvalidTenantIdError";
  readonly code = "PENNY_INVALID_TENANT_ID";
  constructor(readonly tenantId: string) {
    super(`"${tenantId}" is not a tenant id (a UUID is expected).`);
  }
}

/** The innermost message of a driver error (drizzle wraps the driver's error as `cause`). */
export function rootMessage(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
