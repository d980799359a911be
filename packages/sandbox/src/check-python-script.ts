import { readFile } from "node:fs/promises";
import { SandboxError } from "./errors/sandbox-error.ts";
import { runPythonJob } from "./run-python-job.ts";
import type { JobRunner } from "./sandbox-queue.ts";

/** One thing the static check refuses, with the line it is on. */
export interface ScriptProblem {
  line: number;
  message: string;
}

const checkerSource = readFile(new URL("./check-python-script.py", import.meta.url), "utf8");

/**
 * Parses the script with Python's own `ast` (run inside the sandbox too, since parsing hostile text is work on
 * untrusted input) and lists the imports and calls that cannot work there: subprocess, sockets and network
 * clients, ctypes, multiprocessing (through `run`, the queue, when given), os.system, os.exec…, os.spawn…, os.fork. An empty list means the script may run. This is
 * an early, clear refusal; the sandbox, not this check, is what contains a script that gets past it.
 */
export async function checkPythonScript(
  script: string,
  options: { run?: JobRunner } = {},
): Promise<ScriptProblem[]> {
  const run = options.run ?? ((job) => runPythonJob(job));
  const result = await run({
    script: await checkerSource,
    files: [{ name: "script.py", bytes: new TextEncoder().encode(script) }],
    timeoutSec: 10,
  });
  if (result.exitCode !== 0) {
    throw new SandboxError("sandbox:failed", `The script check did not finish: ${result.stderr.slice(-500)}`);
  }
  return JSON.parse(result.stdout) as ScriptProblem[];
}
