import { sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import { resultRows } from "./result-rows.ts";

/** One way a table falls short of Penny's isolation rules. */
export interface RlsGap {
  table: string;
  problem: string;
}

interface TableFacts {
  table: string;
  rls: boolean;
  forced: boolean;
  owner: string;
  hasTenantId: boolean;
  appPolicies: { command: string; using: string | null; check: string | null }[];
}

/**
 * Checks the live catalogue, not the code: every table in `public` must have row-level security enabled and
 * forced, must not be owned by an application role, and every table with a `tenant_id` column must carry a policy
 * for `penny_app` that filters on `penny.tenant_id` in both USING and WITH CHECK.
 */
export async function auditRowLevelSecurity(database: Database): Promise<RlsGap[]> {
  const facts = await database.withSession(async (db) =>
    resultRows<TableFacts>(
      await db.execute(sql`
        select c.relname as "table",
               c.relrowsecurity as rls,
               c.relforcerowsecurity as forced,
               pg_get_userbyid(c.relowner) as owner,
               exists (select 1 from pg_attribute a
                        where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as "hasTenantId",
               coalesce((select json_agg(json_build_object('command', p.cmd, 'using', p.qual, 'check', p.with_check))
                           from pg_policies p
                          where p.schemaname = 'public' and p.tablename = c.relname
                            and 'penny_app' = any (p.roles)), '[]'::json) as "appPolicies"
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('r', 'p')
         order by c.relname`),
    ),
  );
  const gaps: RlsGap[] = [];
  for (const table of facts) {
    if (!table.rls) gaps.push({ table: table.table, problem: "row-level security is not enabled" });
    if (!table.forced) gaps.push({ table: table.table, problem: "row-level security is not forced" });
    if (table.owner === "penny_app" || table.owner === "penny_platform") {
      gaps.push({
        table: table.table,
        problem: `is owned by ${table.owner}, which would bypass its policies`,
      });
    }
    if (!table.hasTenantId) continue;
    const isolating = table.appPolicies.some(
      (policy) =>
        policy.command === "ALL" &&
        policy.using?.includes("penny.tenant_id") &&
        policy.check?.includes("penny.tenant_id"),
    );
    if (!isolating) {
      gaps.push({
        table: table.table,
        problem:
          "has tenant_id but no penny_app policy filtering on penny.tenant_id for USING and WITH CHECK",
      });
    }
    const permissiveOthers = table.appPolicies.filter((policy) => !policy.using?.includes("penny.tenant_id"));
    if (permissiveOthers.length > 0) {
      gaps.push({
        table: table.table,
        problem: "has a penny_app policy that does not filter on penny.tenant_id",
      });
    }
  }
  return gaps;
}
