import ipaddr from "ipaddr.js";

/**
 * The range an IP address belongs to, as ipaddr.js names it ("unicast", "private", "loopback", "linkLocal",
 * "uniqueLocal", "carrierGradeNat", "multicast", "unspecified", "reserved" …). An IPv4-mapped IPv6 address
 * (::ffff:127.0.0.1) is judged as the IPv4 address it carries, so it cannot smuggle a loopback address past the check.
 */
export function addressRange(address: string): string {
  const parsed = ipaddr.process(address);
  return parsed.range();
}

/**
 * Only ordinary public unicast addresses count as public. Everything else — private, loopback, link-local,
 * unique-local, CGNAT, multicast, unspecified, documentation and the IPv6 ranges that embed an IPv4 address
 * (6to4, Teredo, NAT64) — is treated as private, because it can reach inside the network.
 */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === "unicast";
}

/** True when `host` is an IP literal (IPv4, or IPv6 with or without brackets) rather than a name. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(stripBrackets(host));
}

/** An IPv6 literal in a URL has brackets; resolvers and sockets want it without. */
export function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
