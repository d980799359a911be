import ipaddr from "ipaddr.js";
import { stripBrackets } from "./address-range.ts";

/**
 * Where a tenant's tools and integrations may connect. A host pattern is either an exact host name or IP literal
 * (`jira.example.com`, `10.0.0.5`) or a wildcard `*.example.com`, which matches any subdomain at any depth but not
 * `example.com` itself (list that separately).
 */
export interface EgressPolicy {
  /** Hosts that may be called at all. */
  allowedHosts: readonly string[];
  /**
   * Hosts a tenant administrator explicitly allowed to be (or resolve to) private, loopback or link-local addresses,
   * e.g. an on-premises Jira. A host here is also allowed; without it such addresses are always refused.
   */
  privateNetworkHosts?: readonly string[];
}

/**
 * Lower case, without a trailing dot or IPv6 brackets, IP literals in one spelling, so `Jira.Example.com.` matches
 * `jira.example.com` and `::ffff:127.0.0.1` matches the `[::ffff:7f00:1]` a URL parser produces.
 */
export function normalizeHost(host: string): string {
  const bare = stripBrackets(host.trim().toLowerCase().replace(/\.$/, ""));
  return ipaddr.isValid(bare) ? ipaddr.parse(bare).toString() : bare;
}

/** Whether `host` matches one of the patterns. */
export function matchesHostPattern(host: string, patterns: readonly string[]): boolean {
  const normalized = normalizeHost(host);
  return patterns.some((pattern) => {
    const wanted = normalizeHost(pattern);
    if (wanted.startsWith("*.")) {
      const suffix = wanted.slice(1);
      return normalized.endsWith(suffix) && normalized.length > suffix.length;
    }
    return normalized === wanted;
  });
}

/** What the policy says about a host: refused, allowed to public addresses only, or allowed to private ones too. */
export function hostPermission(policy: EgressPolicy, host: string): "blocked" | "public" | "private" {
  if (matchesHostPattern(host, policy.privateNetworkHosts ?? [])) return "private";
  if (matchesHostPattern(host, policy.allowedHosts)) return "public";
  return "blocked";
}
