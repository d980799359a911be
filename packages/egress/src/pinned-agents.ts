import type { LookupAddress, LookupOptions } from "node:dns";
import { Agent } from "undici";
import type { ResolvedAddress } from "./resolve-host.ts";

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * Connection pools whose DNS lookup is pinned to one checked address. The socket connects to exactly the address
 * the policy check saw, so a DNS server that answers differently the second time (rebinding) is never asked again.
 * TLS still verifies the certificate against the host name. Pools are kept per (host, address) for keep-alive and
 * the oldest is closed past `maxPools`.
 */
export class PinnedAgents {
  readonly #pools = new Map<string, Agent>();
  constructor(
    private readonly maxPools = 32,
    private readonly connectTimeoutMs = 10_000,
  ) {}

  /** The pool that connects `hostname` to `pinned` and nowhere else. */
  for(hostname: string, pinned: ResolvedAddress): Agent {
    const key = `${hostname}|${pinned.address}`;
    const existing = this.#pools.get(key);
    if (existing) {
      // Re-insert so the map's order stays least-recently-used first.
      this.#pools.delete(key);
      this.#pools.set(key, existing);
      return existing;
    }
    const agent = new Agent({
      connect: {
        timeout: this.connectTimeoutMs,
        lookup: (name: string, options: LookupOptions, callback: LookupCallback) => {
          if (name !== hostname) {
            callback(
              Object.assign(new Error(`refusing to resolve ${name} on a pool pinned to ${hostname}`), {
                code: "ENOTFOUND",
              }),
              [],
            );
            return;
          }
          if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
          else callback(null, pinned.address, pinned.family);
        },
      },
    });
    this.#pools.set(key, agent);
    if (this.#pools.size > this.maxPools) {
      const [oldestKey, oldest] = this.#pools.entries().next().value as [string, Agent];
      this.#pools.delete(oldestKey);
      void oldest.close().catch(() => undefined);
    }
    return agent;
  }

  /** Closes every pool. */
  async close(): Promise<void> {
    const pools = [...this.#pools.values()];
    this.#pools.clear();
    await Promise.all(pools.map((pool) => pool.close()));
  }
}
