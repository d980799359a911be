import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SandboxBudgetError } from "./errors/sandbox-budget-error.ts";
import { SandboxUnavailableError } from "./errors/sandbox-unavailable-error.ts";
import { ScriptRefusedError } from "./errors/script-refused-error.ts";
import { createPythonSandbox } from "./python-sandbox.ts";
import { addSandboxUsage, readSandboxUsage } from "./sandbox-usage-queries.ts";

let test: TestDatabase;
let tenantA: string;
let tenantB: string;
const now = new Date("2026-12-07T12:00:00Z");

beforeAll(async () => {
  test = await openTestDatabase();
  const created = await test.database.withPlatform((tx) =>
    tx
      .insert(schema.tenants)
      .values([
        { slug: "sandbox-a", name: "Sandbox A" },
        { slug: "sandbox-b", name: "Sandbox B" },
      ])
      .returning({ id: schema.tenants.id }),
  );
  tenantA = created[0]?.id ?? "";
  tenantB = created[1]?.id ?? "";
});
afterAll(async () => {
  await test?.dispose();
});

describe("createPythonSandbox", () => {
  it("runs a checked job and charges its time to the tenant's day only", async () => {
    const sandbox = createPythonSandbox({ concurrency: 1, dailyBudgetSec: 600 });
    const result = await sandbox.run({
      database: test.database,
      tenantId: tenantA,
      now,
      job: { script: "print(6 * 7)", timeoutSec: 10 },
    });
    expect(result.stdout).toBe("42\n");
    const usedA = await test.database.withTenant(tenantA, (tx) => readSandboxUsage(tx, "2026-12-07"));
    expect(usedA).toBe(result.durationMs);
    // Row-level security: tenant B sees no usage of tenant A, and the next day starts at zero.
    expect(await test.database.withTenant(tenantB, (tx) => readSandboxUsage(tx, "2026-12-07"))).toBe(0);
    expect(await test.database.withTenant(tenantA, (tx) => readSandboxUsage(tx, "2026-12-08"))).toBe(0);
    expect(await sandbox.remainingMs({ database: test.database, tenantId: tenantA, now })).toBe(
      600_000 - result.durationMs,
    );
  });

  it("refuses a script the static check rejects, without running it or charging time", async () => {
    const sandbox = createPythonSandbox({ concurrency: 1 });
    const before = await test.database.withTenant(tenantB, (tx) => readSandboxUsage(tx, "2026-12-07"));
    const error = await sandbox
      .run({
        database: test.database,
        tenantId: tenantB,
        now,
        job: { script: "print('hi')\nimport subprocess\nsubprocess.run(['id'])", timeoutSec: 10 },
      })
      .catch((thrown) => thrown);
    expect(error).toBeInstanceOf(ScriptRefusedError);
    expect(error.message).toBe(
      'The script was not run: line 2: import of "subprocess": starting other programs or processes is not possible in the sandbox',
    );
    expect(await test.database.withTenant(tenantB, (tx) => readSandboxUsage(tx, "2026-12-07"))).toBe(before);
  });

  it("refuses a job once the tenant's daily budget is spent, before queueing it", async () => {
    const sandbox = createPythonSandbox({ concurrency: 1, dailyBudgetSec: 5 });
    await test.database.withTenant(tenantB, (tx) =>
      addSandboxUsage(tx, { tenantId: tenantB, day: "2026-12-07", usedMs: 4_500 }),
    );
    const error = await sandbox
      .run({ database: test.database, tenantId: tenantB, now, job: { script: "print(1)", timeoutSec: 10 } })
      .catch((thrown) => thrown);
    expect(error).toBeInstanceOf(SandboxBudgetError);
    expect(error.message).toContain(
      "The daily Python sandbox time budget is used up (5 s of 5 s today, UTC)",
    );
    expect(sandbox.queue.stats().peakRunning).toBe(0);
    // Another tenant's budget is untouched.
    const other = await sandbox.run({
      database: test.database,
      tenantId: tenantA,
      now,
      job: { script: "print('ok')", timeoutSec: 10 },
    });
    expect(other.stdout).toBe("ok\n");
  });

  it("refuses with a clear error when bubblewrap is missing", async () => {
    const sandbox = createPythonSandbox({
      programs: {
        bwrap: "/nonexistent/bwrap",
        python: "/usr/bin/python3",
        prlimit: "/usr/bin/prlimit",
        setpriv: "/usr/bin/setpriv",
      },
    });
    await expect(
      sandbox.run({
        database: test.database,
        tenantId: tenantA,
        now,
        job: { script: "print(1)", timeoutSec: 5 },
      }),
    ).rejects.toThrow(SandboxUnavailableError);
    expect(sandbox.queue.stats().peakRunning).toBe(0);
  });
});
