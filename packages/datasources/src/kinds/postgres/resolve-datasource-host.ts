import { lookup } from "node:dns/promises";
import { addressRange } from "@penny/egress";
import { DatasourceConfigInvalidError } from "../../errors/datasource-config-invalid-error.ts";
import { DatasourceUnreachableError } from "../../errors/datasource-unreachable-error.ts";

/**
 * The address to connect to for `host`, refusing link-local targets (169.254.0.0/16, fe80::/10: cloud metadata
 * services live there). Private ranges stay allowed, since company databases live in them; which hosts a tenant
 * may reach is its administrator's decision. Connecting to the checked address (not the name again) keeps a
 * second DNS answer from changing the target.
 */
export async function resolveDatasourceHost(host: string): Promise<string> {
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true });
  } catch {
    throw new DatasourceUnreachableError(`The host "${host}" cannot be found.`);
  }
  for (const { address } of addresses) {
    if (addressRange(address) === "linkLocal") {
      throw new DatasourceConfigInvalidError(
        `The host "${host}" is a link-local address (${address}), where cloud metadata services live; Penny does not connect there.`,
      );
    }
  }
  const [first] = addresses;
  if (!first) throw new DatasourceUnreachableError(`The host "${host}" has no address.`);
  return first.address;
}
