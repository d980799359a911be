import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createEgressClient } from "@penny/egress";
import { request } from "undici";

export interface LatencySummary {
  p50: number;
  p99: number;
  perSecond: number;
}

export interface EgressBench {
  requests: number;
  /** Node's fetch straight to the server (the baseline). */
  fetch: LatencySummary;
  /** undici's request with its default keep-alive pool. */
  undici: LatencySummary;
  /** The egress client to an IP literal: policy check, pinned pool, size counting, the record callback. */
  egressLiteral: LatencySummary;
  /** The egress client to `localhost`: the above plus a DNS lookup per call (it never caches answers). */
  egressNamed: LatencySummary;
}

/** Sequential GETs of a 1 KiB body from a local node:http server, each way; the egress client's added cost. */
export async function measureEgressOverhead(count: number): Promise<EgressBench> {
  const body = Buffer.alloc(1024, 120);
  const server = createServer((_, response) => response.end(body));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const literalUrl = `http://127.0.0.1:${port}/`;
  const namedUrl = `http://localhost:${port}/`;
  let recorded = 0;
  const egress = createEgressClient({ onCall: () => recorded++ });
  const policy = { allowedHosts: [], privateNetworkHosts: ["127.0.0.1", "localhost"] };
  try {
    const result: EgressBench = {
      requests: count,
      fetch: await time(count, async () => {
        const response = await fetch(literalUrl);
        await response.arrayBuffer();
      }),
      undici: await time(count, async () => {
        const response = await request(literalUrl);
        await response.body.arrayBuffer();
      }),
      egressLiteral: await time(count, async () => {
        await egress.request({ tenantId: "bench", policy, url: literalUrl });
      }),
      egressNamed: await time(count, async () => {
        await egress.request({ tenantId: "bench", policy, url: namedUrl });
      }),
    };
    // Every call (warm-up included) must have been recorded, or the audit would miss calls.
    const expected = 2 * (count + warmUp(count));
    if (recorded !== expected) throw new Error(`expected ${expected} egress records, got ${recorded}`);
    return result;
  } finally {
    await egress.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const warmUp = (count: number) => Math.min(100, count);

async function time(count: number, call: () => Promise<void>): Promise<LatencySummary> {
  for (let index = 0; index < warmUp(count); index++) await call();
  const durations: number[] = [];
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const before = performance.now();
    await call();
    durations.push(performance.now() - before);
  }
  const total = performance.now() - started;
  durations.sort((a, b) => a - b);
  const at = (quantile: number) =>
    durations[Math.min(durations.length - 1, Math.floor(quantile * durations.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), perSecond: (count / total) * 1000 };
}

/** Prints the egress figures and the ratios against the direct requests. */
export function printEgressReport(bench: EgressBench): void {
  const line = (label: string, summary: LatencySummary) =>
    `${label.padEnd(34)} ${summary.p50.toFixed(3).padStart(8)} ${summary.p99.toFixed(3).padStart(8)} ${Math.round(summary.perSecond).toLocaleString("en-US").padStart(10)}`;
  console.log(`\nEgress client overhead — ${bench.requests} sequential GETs of 1 KiB from a local server\n`);
  console.log(`${"".padEnd(34)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"req/s".padStart(10)}`);
  console.log(line("fetch (baseline)", bench.fetch));
  console.log(line("undici request (baseline)", bench.undici));
  console.log(line("egress client, IP literal", bench.egressLiteral));
  console.log(line("egress client, localhost (DNS)", bench.egressNamed));
  const ratio = (ours: LatencySummary, baseline: LatencySummary) => (ours.p50 / baseline.p50).toFixed(2);
  console.log(
    `\np50 ratio egress (literal) / undici: ${ratio(bench.egressLiteral, bench.undici)}×; / fetch: ${ratio(bench.egressLiteral, bench.fetch)}×; ` +
      `egress (DNS) / undici: ${ratio(bench.egressNamed, bench.undici)}×`,
  );
}
