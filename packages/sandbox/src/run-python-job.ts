import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmod, chown, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import {
  assertSandboxPrograms,
  bubblewrapCommand,
  defaultSandboxPrograms,
  SANDBOX_UID,
  type SandboxPrograms,
  sandboxEnvironment,
} from "./bubblewrap-command.ts";
import { outFileMime } from "./out-file-mime.ts";
import { createPidsCgroup } from "./pids-cgroup.ts";
import type { KilledBy, OutFile, PythonJob, PythonJobResult } from "./python-job.ts";
import { defaultSandboxLimits, type SandboxLimits } from "./sandbox-limits.ts";
import { validatePythonJob } from "./validate-python-job.ts";

/** How often the job folder is measured against the output cap while the job runs. */
const DISK_POLL_MS = 200;

/**
 * Runs one Python script under bubblewrap and returns what it printed and wrote to `out/`. Refuses (throws
 * SandboxUnavailableError) when a program of the sandbox is missing: a script is never run unsandboxed. The job
 * folder and the cgroup are removed whatever happens.
 */
export async function runPythonJob(
  job: PythonJob,
  options: { programs?: SandboxPrograms } = {},
): Promise<PythonJobResult> {
  validatePythonJob(job);
  const programs = options.programs ?? defaultSandboxPrograms;
  assertSandboxPrograms(programs);
  const limits: SandboxLimits = { ...defaultSandboxLimits, ...job.limits };
  const started = performance.now();
  const jobDir = await mkdtemp(path.join(os.tmpdir(), "penny-sandbox-"));
  const cgroup = await createPidsCgroup(`job-${randomUUID()}`, limits.maxProcesses);
  try {
    await prepareJobDir(jobDir, job);
    const command = bubblewrapCommand({
      programs,
      jobDir,
      limits,
      timeoutSec: job.timeoutSec,
      cgroupProcsFile: cgroup?.procsFile ?? null,
    });
    const run = await runProcess(command, jobDir, job, limits, async () => {
      await cgroup?.killAll();
    });
    const pidsHit = (await cgroup?.limitHit()) ?? false;
    // The result is read after every task is gone, so nothing writes to out/ while it is collected.
    await cgroup?.killAll();
    const collected = await collectOutFiles(path.join(jobDir, "out"), limits);
    const killedBy: KilledBy | undefined = pidsHit
      ? "pids"
      : (run.killedBy ?? (run.exitCode !== 0 ? limitInStderr(run.stderr) : undefined));
    return {
      exitCode: run.exitCode,
      signal: run.signal,
      stdout: run.stdout,
      stderr: run.stderr,
      outputTruncated: run.truncated,
      outFiles: collected.files,
      skippedOutFiles: collected.skipped,
      ...(killedBy ? { killedBy } : {}),
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    await cgroup?.remove();
    await rm(jobDir, { recursive: true, force: true });
  }
}

/** in/ holds the inputs read-only; out/ and home/ belong to the sandbox user; main.py is the script. */
async function prepareJobDir(jobDir: string, job: PythonJob): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  await mkdir(path.join(jobDir, "in"));
  for (const file of job.files ?? []) {
    const target = path.join(jobDir, "in", file.name);
    await writeFile(target, file.bytes, { mode: 0o444 });
  }
  await chmod(path.join(jobDir, "in"), 0o555);
  await writeFile(path.join(jobDir, "main.py"), job.script, { mode: 0o444 });
  for (const writable of ["out", "home"]) {
    await mkdir(path.join(jobDir, writable), { mode: 0o755 });
    if (asRoot) await chown(path.join(jobDir, writable), SANDBOX_UID, SANDBOX_UID);
  }
  // The folder itself stays the server's: the job can enter it but write only to out/ and home/, which are measured.
  await chmod(jobDir, 0o755);
}

interface ProcessRun {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  truncated: boolean;
  killedBy?: KilledBy;
}

function runProcess(
  command: string[],
  jobDir: string,
  job: PythonJob,
  limits: SandboxLimits,
  killCgroup: () => Promise<void>,
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const [program, ...args] = command as [string, ...string[]];
    const child = spawn(program, args, {
      env: sandboxEnvironment(),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const streams = { stdout: "", stderr: "" };
    const sizes = { stdout: 0, stderr: 0 };
    let truncated = false;
    let killedBy: KilledBy | undefined;
    let finished = false;

    const kill = (reason?: KilledBy) => {
      if (finished) return;
      killedBy ??= reason;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // The group is already gone.
      }
      void killCgroup();
    };

    for (const stream of ["stdout", "stderr"] as const) {
      const decoder = new StringDecoder("utf8");
      child[stream].on("data", (chunk: Buffer) => {
        const room = limits.maxStreamBytes - sizes[stream];
        if (room <= 0) return;
        const kept = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
        sizes[stream] += kept.byteLength;
        const text = decoder.write(kept);
        streams[stream] += text;
        if (text) job.onOutput?.({ stream, text });
        if (kept.byteLength < chunk.byteLength || sizes[stream] >= limits.maxStreamBytes) {
          truncated = true;
          kill("output");
        }
      });
    }

    const timer = setTimeout(() => kill("timeout"), job.timeoutSec * 1000);
    const poller = setInterval(() => {
      void writtenBytes(jobDir).then((bytes) => {
        if (bytes > limits.maxOutputBytes) kill("output");
      });
    }, DISK_POLL_MS);
    const onAbort = () => kill();
    job.signal?.addEventListener("abort", onAbort, { once: true });
    if (job.signal?.aborted) kill();

    child.on("error", (error) => {
      finished = true;
      clearTimeout(timer);
      clearInterval(poller);
      reject(error);
    });
    child.on("close", (exitCode, signal) => {
      finished = true;
      clearTimeout(timer);
      clearInterval(poller);
      job.signal?.removeEventListener("abort", onAbort);
      if (signal === "SIGXCPU") killedBy ??= "timeout";
      if (signal === "SIGXFSZ") killedBy ??= "output";
      resolve({ exitCode, signal, ...streams, truncated, ...(killedBy ? { killedBy } : {}) });
    });
  });
}

/** A limit Python reports as an exception rather than dying of it (it ignores SIGXFSZ, turns ENOMEM into MemoryError). */
function limitInStderr(stderr: string): KilledBy | undefined {
  if (/^MemoryError\b/m.test(stderr) || /Cannot allocate memory|std::bad_alloc/.test(stderr)) return "memory";
  if (/\[Errno 27\] File too large/.test(stderr)) return "output";
  return undefined;
}

/** Bytes the job wrote: everything under out/ and home/ (the only writable places on the host), links not followed. */
async function writtenBytes(jobDir: string): Promise<number> {
  let total = 0;
  for (const writable of ["out", "home"]) {
    const entries = await readdir(path.join(jobDir, writable), {
      withFileTypes: true,
      recursive: true,
    }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const stat = await lstat(path.join(entry.parentPath, entry.name)).catch(() => null);
      total += stat?.size ?? 0;
    }
  }
  return total;
}

/** Regular files directly in out/, up to the caps; links, folders and the rest are named as skipped. */
async function collectOutFiles(
  outDir: string,
  limits: SandboxLimits,
): Promise<{ files: OutFile[]; skipped: string[] }> {
  const files: OutFile[] = [];
  const skipped: string[] = [];
  let total = 0;
  const entries = (await readdir(outDir, { withFileTypes: true }).catch(() => [])).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    const stat = await lstat(path.join(outDir, entry.name));
    if (!stat.isFile() || files.length >= limits.maxOutFiles || total + stat.size > limits.maxOutputBytes) {
      skipped.push(entry.name);
      continue;
    }
    const bytes = new Uint8Array(await readFile(path.join(outDir, entry.name)));
    total += bytes.byteLength;
    files.push({ name: entry.name, mime: outFileMime(entry.name), bytes });
  }
  return { files, skipped };
}
