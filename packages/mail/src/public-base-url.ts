import type { Config } from "@penny/config";

/**
 * The address people reach Penny at, without a trailing slash, for links in mail: `PENNY_PUBLIC_URL`, or
 * `http://localhost:<port>` when unset (right for a single machine, wrong behind a proxy — hence the setting).
 */
export function publicBaseUrl(config: Pick<Config, "publicUrl" | "port">): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, "");
}
