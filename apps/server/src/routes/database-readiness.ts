import { type Database, type DatabaseKind, pendingMigrations } from "@penny/db";
import { PennyError } from "../errors/penny-error.ts";

export interface DatabaseReadiness {
  kind: DatabaseKind;
  migrated: true;
  vector: boolean;
}

/**
 * Returns a check that answers whether the database can serve requests, or throws PENNY_NOT_READY saying why.
 * Migrations only move forward, so once the schema is current that answer (and pgvector's presence, which a
 * migration installs) is kept; the ping still runs every time, because a connection can be lost at any moment.
 */
export function databaseReadiness(database: Database): () => Promise<DatabaseReadiness> {
  let current: DatabaseReadiness | undefined;
  return async () => {
    try {
      await database.ping();
    } catch (error) {
      throw new PennyError("PENNY_NOT_READY", "The database does not answer.", { cause: error });
    }
    if (current) return current;
    const pending = await pendingMigrations(database);
    if (pending.length > 0) {
      throw new PennyError(
        "PENNY_NOT_READY",
        `The database schema is not current: ${pending.length} migration(s) pending (${pending.join(", ")}). Run \`penny migrate\` or restart Penny.`,
      );
    }
    current = { kind: database.kind, migrated: true, vector: await database.hasVector() };
    return current;
  };
}
