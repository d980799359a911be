/**
 * Before the suite: the Redis tests (event bus, rate limiter, streams across processes) need a Redis. When none
 * answers at REDIS_URL or 127.0.0.1:6379, start a throwaway `redis-server` on a free port for this run, so `npm test`
 * needs no manual step on a machine that has the Debian package but no running server.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createConnection, createServer } from "node:net";

function answers(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

let redis: ChildProcess | undefined;

export async function setup(): Promise<void> {
  if (process.env.REDIS_URL) return;
  if (await answers(6379)) return;
  const port = await freePort();
  redis = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: "ignore",
    },
  );
  redis.on("error", () => {
    console.warn("No Redis at 127.0.0.1:6379 and redis-server could not start: the Redis tests will fail.");
  });
  for (let attempt = 0; attempt < 50 && !(await answers(port)); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
}

export async function teardown(): Promise<void> {
  redis?.kill();
}
