import { randomUUID } from "node:crypto";
import { type Database, migrate, schema, type Tx } from "@penny/db";
import { eq } from "drizzle-orm";

export interface IsolationCost {
  insertsPerSecond: { withTenant: number; baseline: number };
  pointSelectsPerSecond: { withTenant: number; baseline: number };
}

/**
 * Runs the same insert and the same primary-key select `count` times, one transaction each: through withTenant
 * (role switch + tenant setting + row-level security) and as the connection's own role in a plain transaction.
 * The ratio of the two is what isolation costs.
 */
export async function measureIsolationCost(database: Database, count: number): Promise<IsolationCost> {
  await migrate(database);
  const { tenantId, workspaceId, userId } = await database.withPlatform(async (tx) => {
    const [tenant] = await tx
      .insert(schema.tenants)
      .values({ slug: `bench-${randomUUID()}`, name: "Bench" })
      .returning();
    const [user] = await tx
      .insert(schema.users)
      .values({ email: `${randomUUID()}@bench.test`, name: "Bench" })
      .returning();
    const [workspace] = await tx
      .insert(schema.workspaces)
      .values({ tenantId: tenant?.id as string, slug: "general", name: "General" })
      .returning();
    return {
      tenantId: tenant?.id as string,
      workspaceId: workspace?.id as string,
      userId: user?.id as string,
    };
  });
  const insert = (tx: Tx, id: string) =>
    tx
      .insert(schema.conversations)
      .values({ tenantId, id, workspaceId, userId, title: "Quarterly revenue by unit" });
  const select = (tx: Tx, id: string) =>
    tx.select().from(schema.conversations).where(eq(schema.conversations.id, id)).limit(1);

  const baselineIds = Array.from({ length: count }, () => randomUUID());
  const tenantIds = Array.from({ length: count }, () => randomUUID());
  // Warm-up first, so the measured loops do not pay for plan caches and JIT.
  await runLoop(50, () => database.withTenant(tenantId, (tx) => select(tx, randomUUID())));
  // The baseline runs on one dedicated connection as the connection's own role: a plain transaction per operation.
  const [baselineInserts, baselineSelects] = await database.withSession(async (db) => {
    const plain = (work: (tx: Tx) => Promise<unknown>) => db.transaction((tx) => work(tx as unknown as Tx));
    await runLoop(50, () => plain((tx) => select(tx, randomUUID())));
    return [
      await runLoop(count, (index) => plain((tx) => insert(tx, baselineIds[index] as string))),
      await runLoop(count, (index) => plain((tx) => select(tx, baselineIds[index] as string))),
    ];
  });
  const tenantInserts = await runLoop(count, (index) =>
    database.withTenant(tenantId, (tx) => insert(tx, tenantIds[index] as string)),
  );
  const tenantSelects = await runLoop(count, (index) =>
    database.withTenant(tenantId, (tx) => select(tx, tenantIds[index] as string)),
  );
  return {
    insertsPerSecond: { withTenant: tenantInserts, baseline: baselineInserts },
    pointSelectsPerSecond: { withTenant: tenantSelects, baseline: baselineSelects },
  };
}

/** Runs `work` sequentially `count` times and returns operations per second. */
async function runLoop(count: number, work: (index: number) => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let index = 0; index < count; index++) await work(index);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return count / seconds;
}
