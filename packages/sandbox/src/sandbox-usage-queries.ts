import { schema, type Tx } from "@penny/db";
import { eq, sql } from "drizzle-orm";

/** The UTC day a usage row counts, as `YYYY-MM-DD`. */
export function usageDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Milliseconds of sandbox time the transaction's tenant used on the day (0 when none). */
export async function readSandboxUsage(tx: Tx, day: string): Promise<number> {
  const [row] = await tx
    .select({ usedMs: schema.sandboxUsage.usedMs })
    .from(schema.sandboxUsage)
    .where(eq(schema.sandboxUsage.day, day));
  return row?.usedMs ?? 0;
}

/** Adds one finished job's time to the tenant's day, creating the row on the day's first job. */
export async function addSandboxUsage(
  tx: Tx,
  options: { tenantId: string; day: string; usedMs: number },
): Promise<void> {
  const table = schema.sandboxUsage;
  await tx
    .insert(table)
    .values({ tenantId: options.tenantId, day: options.day, usedMs: options.usedMs, jobs: 1 })
    .onConflictDoUpdate({
      target: [table.tenantId, table.day],
      set: { usedMs: sql`${table.usedMs} + excluded.used_ms`, jobs: sql`${table.jobs} + 1` },
    });
}
