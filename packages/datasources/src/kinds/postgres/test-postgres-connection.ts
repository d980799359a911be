import type { ConnectionTestResult } from "../../connection-test-result.ts";
import type { PostgresConfig, PostgresSecret } from "./postgres-config.ts";
import { inReadOnlyTransaction } from "./run-postgres-query.ts";

const writeCheck = `
SELECT current_user AS role,
  r.rolsuper AS superuser,
  (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND pg_has_role(c.relowner, 'USAGE')) AS owned,
  (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND has_schema_privilege(n.oid, 'USAGE')
      AND (has_table_privilege(c.oid, 'INSERT') OR has_table_privilege(c.oid, 'UPDATE')
        OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE'))) AS writable
FROM pg_roles r WHERE r.rolname = current_user`;

/**
 * SELECT 1 over the datasource's own connection, then whether its role could write: a superuser, a role owning
 * tables or holding INSERT/UPDATE/DELETE/TRUNCATE works, but the test says so, since queries rely on a read-only role.
 */
export async function testPostgresConnection(
  config: PostgresConfig,
  secret: PostgresSecret,
): Promise<ConnectionTestResult> {
  try {
    return await inReadOnlyTransaction(config, secret, async (client) => {
      await client.query("SELECT 1");
      const { rows } = await client.query<{
        role: string;
        superuser: boolean;
        owned: number;
        writable: number;
      }>(writeCheck);
      const row = rows[0];
      const role = row?.role ?? config.user;
      const where = `${config.host}:${config.port}/${config.database}`;
      if (row?.superuser) {
        return {
          ok: true,
          readOnly: false,
          message: `Connected to ${where} as ${role}. Warning: ${role} is a superuser; give the datasource a read-only role of its own.`,
        };
      }
      if (row && (row.owned > 0 || row.writable > 0)) {
        return {
          ok: true,
          readOnly: false,
          message: `Connected to ${where} as ${role}. Warning: ${role} can change data (it owns ${row.owned} and may write to ${row.writable} tables); give the datasource a read-only role.`,
        };
      }
      return { ok: true, readOnly: true, message: `Connected to ${where} as ${role}, a read-only role.` };
    });
  } catch (error) {
    return { ok: false, readOnly: null, message: error instanceof Error ? error.message : String(error) };
  }
}
