import { randomUUID } from "node:crypto";
import pg from "pg";

/** The local PostgreSQL the tests use (trust auth, superuser `postgres`). */
export const LOCAL_POSTGRES = { host: "127.0.0.1", port: 5432, user: "postgres" };

/** A fresh database with sample tables and a read-only role of its own; `drop()` removes both. */
export interface SamplePostgres {
  database: string;
  readerRole: string;
  drop(): Promise<void>;
}

async function withClient<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...LOCAL_POSTGRES, database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `sales` (1500 rows) and `regions` in a new database, readable (only) by a new role. */
export async function createSamplePostgres(): Promise<SamplePostgres> {
  const suffix = randomUUID().replaceAll("-", "").slice(0, 10);
  const database = `penny_ds_${suffix}`;
  const readerRole = `penny_ds_reader_${suffix}`;
  await withClient("postgres", async (client) => {
    await client.query(`CREATE DATABASE ${database}`);
    await client.query(`CREATE ROLE ${readerRole} LOGIN PASSWORD 'reader-secret-8841'`);
  });
  await withClient(database, async (client) => {
    await client.query(`
      CREATE TABLE regions (id integer PRIMARY KEY, name text NOT NULL);
      INSERT INTO regions VALUES (1, 'North'), (2, 'South'), (3, 'East');
      CREATE TABLE sales (id integer PRIMARY KEY, region_id integer REFERENCES regions, amount numeric(10,2), sold_on date);
      INSERT INTO sales SELECT n, 1 + n % 3, n * 1.5, DATE '2026-01-01' + (n % 300) FROM generate_series(1, 1500) AS n;
      CREATE SEQUENCE ticket_numbers;
      REVOKE ALL ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO ${readerRole};
      GRANT SELECT ON regions, sales TO ${readerRole};`);
  });
  return {
    database,
    readerRole,
    async drop() {
      await withClient("postgres", async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS ${readerRole}`);
      });
    },
  };
}
