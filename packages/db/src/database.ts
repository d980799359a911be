import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { type ExtractTablesWithRelations, sql } from "drizzle-orm";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.ts";
import { InvalidTenantIdError } from "./errors.ts";
import { resultRows } from "./result-rows.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
export type Drizzle = PgDatabase<PgQueryResultHKT, Schema>;
/** The transaction handed to `withTenant` and `withPlatform` work. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseKind = "pglite" | "postgres";

export interface OpenDatabaseOptions {
  /** A `postgres://` URL; unset opens the embedded PGlite database. */
  url?: string | undefined;
  /** PGlite's folder; unset (with no url) keeps the database in memory, for tests. */
  dataDir?: string | undefined;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
}

/** Which role a transaction runs as: the tenant's application role or the explicit platform role. */
export type Scope = { role: "penny_app"; tenantId: string | null } | { role: "penny_platform" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const drizzleOptions = { schema, casing: "snake_case" } as const;

/**
 * One open database: PGlite in a folder (or memory) or a PostgreSQL pool, behind the same drizzle API, so every
 * query and migration is the same on both.
 */
export class Database {
  private constructor(
    readonly kind: DatabaseKind,
    /** The connection's own role (owner/superuser). Only migrations and `scoped` use it. */
    private readonly drizzle: Drizzle,
    private readonly release: () => Promise<void>,
    private readonly session: <T>(work: (db: Drizzle) => Promise<T>) => Promise<T>,
  ) {}

  static async open(options: OpenDatabaseOptions = {}): Promise<Database> {
    if (options.url) return Database.openPostgres(options.url, options.poolSize ?? 10);
    return Database.openPglite(options.dataDir);
  }

  private static async openPostgres(url: string, poolSize: number): Promise<Database> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    // An idle client that loses its connection emits here; without a listener the process would crash.
    pool.on("error", () => {});
    const db = drizzleNodePostgres(pool, drizzleOptions) as unknown as Drizzle;
    const session = async <T>(work: (db: Drizzle) => Promise<T>) => {
      const client = await pool.connect();
      try {
        return await work(drizzleNodePostgres(client, drizzleOptions) as unknown as Drizzle);
      } finally {
        client.release();
      }
    };
    return new Database("postgres", db, () => pool.end(), session);
  }

  private static async openPglite(dataDir: string | undefined): Promise<Database> {
    const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
    let client: PGlite;
    try {
      client = await PGlite.create(
        dataDir ? { dataDir, extensions: { vector } } : { extensions: { vector } },
      );
    } catch (error) {
      await unlock();
      throw error;
    }
    const db = drizzlePglite(client, drizzleOptions) as unknown as Drizzle;
    const release = async () => {
      await client.close();
      await unlock();
    };
    // PGlite is one connection already, so a "session" is the database itself.
    return new Database("pglite", db, release, (work) => work(db));
  }

  /**
   * Runs `work` in one transaction as the application role with `tenantId` as the active tenant. Row-level
   * security then limits every statement, raw SQL included, to that tenant's rows. The only way to tenant data.
   */
  withTenant<T>(tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    if (!UUID.test(tenantId)) return Promise.reject(new InvalidTenantIdError(tenantId));
    return this.scoped({ role: "penny_app", tenantId }, work);
  }

  /**
   * Runs `work` as the platform role, which sees every tenant. For the few cross-tenant tasks only: creating
   * tenants, resolving a session or API key before a tenant is known, seeding.
   */
  withPlatform<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.scoped({ role: "penny_platform" }, work);
  }

  /** The transaction primitive under withTenant and withPlatform; exported for the isolation tests. */
  scoped<T>(scope: Scope, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.drizzle.transaction(async (tx) => {
      const tenantId = scope.role === "penny_app" ? (scope.tenantId ?? "") : "";
      // One round trip: both settings are transaction-local, so they end with the transaction.
      await tx.execute(
        sql`select set_config('role', ${scope.role}, true), set_config('penny.tenant_id', ${tenantId}, true)`,
      );
      return work(tx as unknown as Tx);
    });
  }

  /** Runs `work` on one dedicated connection as the connection's own role (migrations, advisory locks). */
  withSession<T>(work: (db: Drizzle) => Promise<T>): Promise<T> {
    return this.session(work);
  }

  /** Whether pgvector is installed in this database. */
  async hasVector(): Promise<boolean> {
    const result = await this.drizzle.execute(sql`select 1 from pg_extension where extname = 'vector'`);
    return resultRows(result).length > 0;
  }

  /** A cheap round trip, for readiness checks. */
  async ping(): Promise<void> {
    await this.drizzle.execute(sql`select 1`);
  }

  async close(): Promise<void> {
    await this.release();
  }
}
