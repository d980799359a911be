import { randomUUID } from "node:crypto";
import { schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { createPythonSandbox, type PythonSandbox } from "@penny/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArtifactRecorder } from "../../__fixtures__/artifact-recorder.ts";
import { ToolFailedError } from "../../errors/tool-failed-error.ts";
import { ToolRegistry } from "../../registry.ts";
import type { ArtifactContent } from "../../tool.ts";
import { builtinTools } from "../index.ts";
import { type RunPythonJobArguments, runPythonJob } from "./run-python-job.ts";

let test: TestDatabase;
let tenantId: string;
let sandbox: PythonSandbox;
const registry = new ToolRegistry(builtinTools);
const salesId = randomUUID();
const stored = new Map<string, ArtifactContent>([
  [
    salesId,
    {
      id: salesId,
      title: "Sales by month.csv",
      mime: "text/csv",
      bytes: new TextEncoder().encode("month,amount\n2026-01,120\n2026-02,98\n2026-03,143\n"),
    },
  ],
]);

beforeAll(async () => {
  test = await openTestDatabase();
  const [tenant] = await test.database.withPlatform((tx) =>
    tx.insert(schema.tenants).values({ slug: "python-tool", name: "Python tool" }).returning(),
  );
  tenantId = tenant?.id ?? "";
  sandbox = createPythonSandbox({ concurrency: 2 });
});
afterAll(async () => {
  await sandbox?.close();
  await test?.dispose();
});

async function call(input: Record<string, unknown>, options: { withSandbox?: boolean } = {}) {
  const args = registry.validateArguments("run_python_job", input) as RunPythonJobArguments;
  const recorder = createArtifactRecorder();
  const result = await runPythonJob.execute(args, {
    tenantId,
    userId: null,
    database: test.database,
    signal: new AbortController().signal,
    now: new Date("2026-12-07T12:00:00Z"),
    createArtifact: recorder.createArtifact,
    readArtifact: async (id) => {
      const artifact = stored.get(id);
      if (!artifact) throw new Error(`no artifact ${id}`);
      return artifact;
    },
    ...(options.withSandbox === false ? {} : { pythonSandbox: sandbox }),
  });
  return { result, recorder };
}

describe("run_python_job", () => {
  it("turns a matplotlib chart drawn from an input artifact into an image artifact with lineage", async () => {
    const { result, recorder } = await call({
      script: [
        "import pandas as pd, matplotlib.pyplot as plt",
        "frame = pd.read_csv('in/Sales_by_month.csv')",
        "frame.plot(x='month', y='amount', kind='bar')",
        "plt.savefig('out/sales.png')",
        "frame.to_csv('out/sales.csv', index=False)",
        "print(frame['amount'].sum())",
      ].join("\n"),
      files: [salesId],
      timeoutSec: 60,
    });
    expect(recorder.drafts.map(({ kind, title, mime, parents }) => ({ kind, title, mime, parents }))).toEqual(
      [
        { kind: "table", title: "sales.csv", mime: "text/csv", parents: [salesId] },
        { kind: "image", title: "sales.png", mime: "image/png", parents: [salesId] },
      ],
    );
    const png = recorder.drafts[1]?.content as Uint8Array;
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(result.artifacts).toEqual(recorder.references);
    expect(result.data).toMatchObject({
      exitCode: 0,
      stdout: "361\n",
      inputFiles: ["in/Sales_by_month.csv"],
      outFiles: [
        { kind: "table", title: "sales.csv" },
        { kind: "image", title: "sales.png" },
      ],
    });
    expect(result.summary).toMatch(/^The Python job finished in \d+ ms and made 2 files\.$/);
  });

  it("reports a job stopped by its limits in the summary, not as a crash", async () => {
    const { result } = await call({ script: "while True:\n    pass", timeoutSec: 1 });
    expect(result.data).toMatchObject({ killedBy: "timeout" });
    expect(result.summary).toMatch(
      /^The Python job was stopped because it ran out of time after \d+ ms; 0 files kept\.$/,
    );
  });

  it("fails with the static check's explanation, an unknown input, or no sandbox on the server", async () => {
    const refused = await call({ script: "import socket\nsocket.socket()" }).catch((thrown) => thrown);
    expect(refused).toBeInstanceOf(ToolFailedError);
    expect(refused.message).toBe(
      'The script was not run: line 1: import of "socket": the sandbox has no network',
    );
    const unknown = randomUUID();
    await expect(call({ script: "print(1)", files: [unknown] })).rejects.toThrow(
      `There is no artifact ${unknown} to use as an input file.`,
    );
    await expect(call({ script: "print(1)" }, { withSandbox: false })).rejects.toThrow(
      "The Python sandbox is not set up on this server; the script was not run.",
    );
  });

  it("refuses arguments outside its schema: a timeout over 120 s, a file that is not an id", () => {
    const check = (input: Record<string, unknown>) => () =>
      registry.validateArguments("run_python_job", input);
    expect(check({ script: "print(1)", timeoutSec: 121 })).toThrow("/timeoutSec must be <= 120");
    expect(check({ script: "print(1)", files: ["../etc/passwd"] })).toThrow("/files/0 must be a valid uuid");
    expect(check({ script: "" })).toThrow("/script");
  });
});
