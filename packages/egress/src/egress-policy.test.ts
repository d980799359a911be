import { describe, expect, it } from "vitest";
import { addressRange, isPublicAddress } from "./address-range.ts";
import { hostPermission, matchesHostPattern } from "./egress-policy.ts";

describe("host patterns", () => {
  it.each([
    ["api.example.com", ["api.example.com"], true],
    ["API.Example.com.", ["api.example.com"], true],
    ["other.example.com", ["api.example.com"], false],
    ["a.example.com", ["*.example.com"], true],
    ["a.b.example.com", ["*.example.com"], true],
    ["example.com", ["*.example.com"], false],
    ["badexample.com", ["*.example.com"], false],
    ["example.com.evil.test", ["example.com"], false],
  ])("%s against %j → %s", (host, patterns, expected) => {
    expect(matchesHostPattern(host, patterns)).toBe(expected);
  });

  it("a private-network host is allowed; an unlisted one is blocked", () => {
    const policy = { allowedHosts: ["*.example.com"], privateNetworkHosts: ["jira.internal"] };
    expect(hostPermission(policy, "jira.internal")).toBe("private");
    expect(hostPermission(policy, "x.example.com")).toBe("public");
    expect(hostPermission(policy, "evil.test")).toBe("blocked");
  });
});

describe("address ranges", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "224.0.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:7f00:1",
  ])("%s is not public", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])("%s is public", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it("judges an IPv4-mapped address as the IPv4 address it carries", () => {
    expect(addressRange("::ffff:192.168.0.1")).toBe("private");
  });
});
