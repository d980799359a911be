import { createInProcessEventBus } from "@penny/bus";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JobNotFoundError } from "./errors/job-not-found-error.ts";
import type { JobHandler } from "./job-handler.ts";
import { createJobRunner } from "./job-runner.ts";
import type { JobView } from "./job-view.ts";

let test: TestDatabase;
let tenantA: string;
let tenantB: string;

beforeAll(async () => {
  test = await openTestDatabase();
  const created = await test.database.withPlatform((tx) =>
    tx
      .insert(schema.tenants)
      .values([
        { slug: "jobs-a", name: "Jobs A" },
        { slug: "jobs-b", name: "Jobs B" },
      ])
      .returning({ id: schema.tenants.id }),
  );
  tenantA = created[0]?.id ?? "";
  tenantB = created[1]?.id ?? "";
});
afterAll(async () => {
  await test?.dispose();
});

/** A handler that reports `pages` steps of progress, each after `gate` lets it go on. */
function pagedHandler(kind: string, pages: number, gate?: () => Promise<void>): JobHandler {
  return {
    kind,
    run: async (context) => {
      for (let page = 1; page <= pages; page += 1) {
        await gate?.();
        await context.reportProgress({ phase: "reading", done: page, total: pages });
      }
      return { pages, echo: context.input.echo };
    },
  };
}

describe("job runner", () => {
  it("runs a job to the end, storing its progress and result, and publishes every change", async () => {
    const bus = createInProcessEventBus();
    const runner = createJobRunner({ database: test.database, bus, progressIntervalMs: 0 });
    runner.register(pagedHandler("count", 3));
    const seen: JobView[] = [];
    const job = await runner.enqueue({
      tenantId: tenantA,
      kind: "count",
      input: { echo: "hi" },
      createdBy: null,
    });
    const unsubscribe = await runner.watch(tenantA, job.id, (change) => seen.push(change));
    await runner.idle();
    const done = await runner.get(tenantA, job.id);
    expect(done).toMatchObject({
      status: "succeeded",
      progress: { phase: "reading", done: 3, total: 3 },
      result: { pages: 3, echo: "hi" },
      error: null,
    });
    expect(done.finishedAt).toBeInstanceOf(Date);
    expect(seen.at(-1)?.status).toBe("succeeded");
    expect(seen.some((change) => change.progress?.done === 2)).toBe(true);
    await unsubscribe();
    await runner.close();
    await bus.close();
  });

  it("keeps to its concurrency and runs waiting jobs in order", async () => {
    const bus = createInProcessEventBus();
    const runner = createJobRunner({ database: test.database, bus, concurrency: 1 });
    const order: string[] = [];
    runner.register({
      kind: "ordered",
      run: async (context) => {
        order.push(`start ${context.input.name}`);
        await new Promise((resolve) => setImmediate(resolve));
        order.push(`end ${context.input.name}`);
        return {};
      },
    });
    for (const name of ["one", "two", "three"]) {
      await runner.enqueue({ tenantId: tenantA, kind: "ordered", input: { name }, createdBy: null });
    }
    await runner.idle();
    expect(order).toEqual(["start one", "end one", "start two", "end two", "start three", "end three"]);
    await runner.close();
    await bus.close();
  });

  it("fails a job with a person's message for errors written for people, and a generic one otherwise", async () => {
    const bus = createInProcessEventBus();
    const runner = createJobRunner({ database: test.database, bus, log: { error: () => {} } });
    class UnreadableError extends Error {
      readonly code = "PENNY_DOCUMENT_CORRUPT";
    }
    runner.register({
      kind: "explained",
      run: async () => {
        throw new UnreadableError("The PDF is damaged: it ends before its last page.");
      },
    });
    runner.register({
      kind: "crashes",
      run: async () => {
        throw new Error("connection reset by peer at 10.0.0.7:5432");
      },
    });
    const explained = await runner.enqueue({
      tenantId: tenantA,
      kind: "explained",
      input: {},
      createdBy: null,
    });
    const crashes = await runner.enqueue({ tenantId: tenantA, kind: "crashes", input: {}, createdBy: null });
    await runner.idle();
    expect(await runner.get(tenantA, explained.id)).toMatchObject({
      status: "failed",
      error: "The PDF is damaged: it ends before its last page.",
    });
    const crashed = await runner.get(tenantA, crashes.id);
    expect(crashed.status).toBe("failed");
    expect(crashed.error).not.toContain("10.0.0.7");
    await runner.close();
    await bus.close();
  });

  it("cancels a running job at its next progress report, and a queued one before it starts", async () => {
    const bus = createInProcessEventBus();
    const runner = createJobRunner({ database: test.database, bus, concurrency: 1, progressIntervalMs: 0 });
    let release: () => void = () => {};
    let started: () => void = () => {};
    const firstPageReached = new Promise<void>((resolve) => {
      started = resolve;
    });
    const gate = () =>
      new Promise<void>((resolve) => {
        release = resolve;
        started();
      });
    runner.register(pagedHandler("slow", 5, gate));
    const running = await runner.enqueue({ tenantId: tenantA, kind: "slow", input: {}, createdBy: null });
    const queued = await runner.enqueue({ tenantId: tenantA, kind: "slow", input: {}, createdBy: null });
    await firstPageReached;
    expect((await runner.cancel(tenantA, queued.id)).status).toBe("cancelled");
    expect((await runner.cancel(tenantA, running.id)).status).toBe("cancelled");
    release();
    await runner.idle();
    expect((await runner.get(tenantA, running.id)).status).toBe("cancelled");
    expect((await runner.get(tenantA, queued.id)).startedAt).toBeNull();
    await runner.close();
    await bus.close();
  });

  it("keeps jobs to their tenant: another tenant cannot read or cancel them", async () => {
    const bus = createInProcessEventBus();
    const runner = createJobRunner({ database: test.database, bus });
    runner.register(pagedHandler("private", 1));
    const job = await runner.enqueue({ tenantId: tenantA, kind: "private", input: {}, createdBy: null });
    await runner.idle();
    await expect(runner.get(tenantB, job.id)).rejects.toBeInstanceOf(JobNotFoundError);
    await expect(runner.cancel(tenantB, job.id)).rejects.toBeInstanceOf(JobNotFoundError);
    expect((await runner.get(tenantA, job.id)).status).toBe("succeeded");
    await runner.close();
    await bus.close();
  });

  it("takes over a job whose process died mid-run and runs it again", async () => {
    const bus = createInProcessEventBus();
    const dead = createJobRunner({ database: test.database, bus });
    dead.register(pagedHandler("orphan", 1));
    // A job left `running` with an old heartbeat, as a process that died would leave it.
    const [row] = await test.database.withTenant(tenantA, (tx) =>
      tx
        .insert(schema.jobs)
        .values({
          tenantId: tenantA,
          kind: "orphan",
          status: "running",
          heartbeatAt: new Date("2026-01-01T00:00:00Z"),
          createdAt: new Date("2026-01-01T00:00:00Z"),
        })
        .returning(),
    );
    await dead.close();
    const survivor = createJobRunner({ database: test.database, bus });
    survivor.register(pagedHandler("orphan", 1));
    expect(await survivor.recover()).toBeGreaterThanOrEqual(1);
    await survivor.idle();
    expect(await survivor.get(tenantA, row?.id ?? "")).toMatchObject({
      status: "succeeded",
      result: { pages: 1 },
    });
    expect(await survivor.recover()).toBe(0);
    await survivor.close();
    await bus.close();
  });
});
