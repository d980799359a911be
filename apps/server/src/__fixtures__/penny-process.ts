import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const PENNY_BIN = path.join(REPO_ROOT, "apps/server/bin/penny.js");

/** A running `penny` process and what it has printed. */
export interface PennyProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Starts a process with the test runner's environment minus anything that configures Penny, so a developer's
 * DATABASE_URL or OTEL_* variables never leak into a test; `environment` then sets what the test wants.
 */
export function spawnPenny(
  args: string[],
  environment: Record<string, string>,
  command: string[] = [process.execPath, PENNY_BIN],
): PennyProcess {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !/^(PENNY_|OTEL_|S3_)/.test(name) &&
        !["DATABASE_URL", "REDIS_URL", "PORT", "HOST", "LOG_LEVEL"].includes(name),
    ),
  );
  const [executable, ...prefix] = command as [string, ...string[]];
  const child = spawn(executable, [...prefix, ...args], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Polls `url` until it answers 200; fails as soon as the process exits instead. No fixed deadline of its own. */
export async function waitForOk(penny: PennyProcess, url: string): Promise<void> {
  let exited = false;
  void penny.exited.then(() => {
    exited = true;
  });
  while (!exited) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `penny exited before ${url} answered 200.\nstdout:\n${penny.stdout()}\nstderr:\n${penny.stderr()}`,
  );
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return address.port;
}
