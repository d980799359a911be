import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocalServer } from "./__fixtures__/local-server.ts";
import type { EgressCallRecord } from "./egress-call-record.ts";
import { createEgressClient, type EgressClientOptions } from "./egress-client.ts";
import { EgressConnectError } from "./errors/egress-connect-error.ts";
import { EgressHostBlockedError } from "./errors/egress-host-blocked-error.ts";
import { EgressPrivateAddressError } from "./errors/egress-private-address-error.ts";
import { EgressRedirectError } from "./errors/egress-redirect-error.ts";
import { EgressTimeoutError } from "./errors/egress-timeout-error.ts";
import { EgressTooLargeError } from "./errors/egress-too-large-error.ts";
import { EgressUrlInvalidError } from "./errors/egress-url-invalid-error.ts";
import type { HostResolver } from "./resolve-host.ts";

const tenantId = "7b0c1f7e-0000-4000-8000-000000000001";
/** Names the test resolver knows; everything else fails to resolve. */
const names: Record<string, string> = { "api.test": "127.0.0.1", "other.test": "127.0.0.1" };
const testResolver: HostResolver = async (hostname) => {
  const address = names[hostname];
  if (!address) throw new Error(`ENOTFOUND ${hostname}`);
  return [{ address, family: 4 }];
};

let server: LocalServer;
let lastAuthorization: string | undefined;
const records: EgressCallRecord[] = [];
const clients: { close(): Promise<void> }[] = [];

function client(options: EgressClientOptions = {}) {
  const created = createEgressClient({
    resolver: testResolver,
    onCall: (record) => records.push(record),
    ...options,
  });
  clients.push(created);
  return created;
}

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    lastAuthorization = request.headers.authorization;
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname === "/hello") {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ hello: "world", method: request.method }));
    } else if (url.pathname === "/redirect") {
      response.statusCode = 302;
      response.setHeader("location", url.searchParams.get("to") ?? "/hello");
      response.end();
    } else if (url.pathname === "/loop") {
      response.statusCode = 307;
      response.setHeader("location", "/loop");
      response.end();
    } else if (url.pathname === "/big-declared") {
      response.setHeader("content-length", String(1024 * 1024));
      response.write(Buffer.alloc(1024, 97));
      // The rest never comes; the client must refuse on the header alone.
    } else if (url.pathname === "/big-streamed") {
      // Chunked, no length: the client has to count.
      const chunk = Buffer.alloc(16 * 1024, 98);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && response.write(chunk)) sent++;
        if (sent < 64) response.once("drain", pump);
        else response.end();
      };
      pump();
    } else if (url.pathname === "/slow") {
      // Never answers.
    } else {
      response.statusCode = 404;
      response.end("not here");
    }
  });
});

afterEach(async () => {
  records.length = 0;
  await Promise.all(clients.splice(0).map((created) => created.close()));
});

afterAll(() => server.close());

const localPolicy = { allowedHosts: [], privateNetworkHosts: ["api.test"] };

describe("egress client", () => {
  it("calls an allowed host and records the call", async () => {
    const response = await client().request({
      tenantId,
      policy: localPolicy,
      url: `http://api.test:${server.port}/hello`,
    });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ hello: "world", method: "GET" });
    expect(records).toEqual([
      expect.objectContaining({
        tenantId,
        host: "api.test",
        method: "GET",
        address: "127.0.0.1",
        status: 200,
        bytes: response.body.length,
        outcome: "ok",
        hop: 0,
      }),
    ]);
  });

  it("refuses a host that is not on the allow-list, before any connection", async () => {
    const hitsBefore = server.hits;
    const attempt = client().request({
      tenantId,
      policy: { allowedHosts: ["*.example.com"] },
      url: `http://other.test:${server.port}/hello`,
    });
    await expect(attempt).rejects.toBeInstanceOf(EgressHostBlockedError);
    await expect(attempt).rejects.toThrow(
      /other\.test are blocked: the host is not on this organisation's allow-list/,
    );
    expect(server.hits).toBe(hitsBefore);
    expect(records).toEqual([
      expect.objectContaining({ outcome: "PENNY_EGRESS_HOST_BLOCKED", address: null }),
    ]);
  });

  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["[::ffff:127.0.0.1]", "::ffff:127.0.0.1"],
  ])("refuses %s when it is only on the allow-list", async (host, pattern) => {
    const hitsBefore = server.hits;
    const attempt = client().request({
      tenantId,
      policy: { allowedHosts: [pattern] },
      url: `http://${host}:${server.port}/hello`,
    });
    await expect(attempt).rejects.toBeInstanceOf(EgressPrivateAddressError);
    await expect(attempt).rejects.toThrow(/loopback address/);
    expect(server.hits).toBe(hitsBefore);
  });

  it("judges other spellings of an IP address (decimal, hex) as the address they are", async () => {
    for (const host of ["2130706433", "0x7f.0.0.1"]) {
      const attempt = client().request({
        tenantId,
        policy: { allowedHosts: ["127.0.0.1"] },
        url: `http://${host}:${server.port}/hello`,
      });
      await expect(attempt).rejects.toBeInstanceOf(EgressPrivateAddressError);
    }
  });

  it("refuses a name that resolves to loopback unless the host is allowed private addresses", async () => {
    const url = `http://api.test:${server.port}/hello`;
    await expect(
      client().request({ tenantId, policy: { allowedHosts: ["api.test"] }, url }),
    ).rejects.toBeInstanceOf(EgressPrivateAddressError);
    const allowed = await client().request({ tenantId, policy: localPolicy, url });
    expect(allowed.status).toBe(200);
  });

  it("calls 127.0.0.1 when the tenant allows it explicitly", async () => {
    const response = await client().request({
      tenantId,
      policy: { allowedHosts: [], privateNetworkHosts: ["127.0.0.1"] },
      url: `${server.url}/hello`,
    });
    expect(response.status).toBe(200);
  });

  it("refuses an answer that mixes a public and a private address", async () => {
    const mixed: HostResolver = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ];
    await expect(
      client({ resolver: mixed }).request({
        tenantId,
        policy: { allowedHosts: ["rebind.test"] },
        url: `http://rebind.test:${server.port}/hello`,
      }),
    ).rejects.toBeInstanceOf(EgressPrivateAddressError);
  });

  it("connects to the checked address when DNS answers differently the second time (rebinding)", async () => {
    let lookups = 0;
    const rebinding: HostResolver = async () => {
      lookups++;
      return [lookups === 1 ? { address: "93.184.215.14", family: 4 } : { address: "127.0.0.1", family: 4 }];
    };
    const hitsBefore = server.hits;
    const attempt = client({ resolver: rebinding, timeoutMs: 1500 }).request({
      tenantId,
      policy: { allowedHosts: ["rebind.test"] },
      url: `http://rebind.test:${server.port}/hello`,
    });
    // The public address is unreachable from here: the call fails instead of reaching the local server.
    await expect(attempt).rejects.toSatisfy(
      (error) => error instanceof EgressConnectError || error instanceof EgressTimeoutError,
    );
    expect(server.hits).toBe(hitsBefore);
    expect(lookups).toBe(1);
    expect(records).toEqual([expect.objectContaining({ address: "93.184.215.14" })]);
  });

  it("pins the socket to the checked address even among allowed private addresses", async () => {
    const second = await startLocalServer((_, response) => response.end("second"), {
      host: "127.0.0.2",
      port: server.port,
    });
    try {
      let lookups = 0;
      const flipping: HostResolver = async () => {
        lookups++;
        return [{ address: lookups === 1 ? "127.0.0.1" : "127.0.0.2", family: 4 }];
      };
      const egress = client({ resolver: flipping });
      const call = () =>
        egress.request({ tenantId, policy: localPolicy, url: `http://api.test:${server.port}/hello` });
      const first = await call();
      expect(first.json()).toMatchObject({ hello: "world" });
      expect(second.hits).toBe(0);
      expect(lookups).toBe(1);
      // The next call checks again and goes where the new answer points, through a pool of its own.
      const next = await call();
      expect(next.text()).toBe("second");
      expect(second.hits).toBe(1);
    } finally {
      await second.close();
    }
  });

  it("follows a redirect within the policy and drops credentials on a new origin", async () => {
    const response = await client().request({
      tenantId,
      policy: { allowedHosts: [], privateNetworkHosts: ["api.test", "other.test"] },
      url: `http://api.test:${server.port}/redirect?to=${encodeURIComponent(`http://other.test:${server.port}/hello`)}`,
      headers: { authorization: "Bearer secret-token" },
    });
    expect(response.status).toBe(200);
    expect(response.url).toBe(`http://other.test:${server.port}/hello`);
    expect(lastAuthorization).toBeUndefined();
    expect(records.map((record) => [record.host, record.status, record.hop])).toEqual([
      ["api.test", 302, 0],
      ["other.test", 200, 1],
    ]);
  });

  it("refuses a redirect to a private address", async () => {
    const hitsBefore = server.hits;
    const attempt = client().request({
      tenantId,
      policy: { allowedHosts: ["127.0.0.1"], privateNetworkHosts: ["api.test"] },
      url: `http://api.test:${server.port}/redirect?to=${encodeURIComponent(`${server.url}/hello`)}`,
    });
    await expect(attempt).rejects.toBeInstanceOf(EgressPrivateAddressError);
    expect(server.hits).toBe(hitsBefore + 1);
    expect(records.at(-1)).toMatchObject({
      host: "127.0.0.1",
      outcome: "PENNY_EGRESS_PRIVATE_ADDRESS",
      hop: 1,
    });
  });

  it("refuses a redirect to a host off the allow-list", async () => {
    await expect(
      client().request({
        tenantId,
        policy: localPolicy,
        url: `http://api.test:${server.port}/redirect?to=${encodeURIComponent("http://evil.test/")}`,
      }),
    ).rejects.toBeInstanceOf(EgressHostBlockedError);
  });

  it("stops an endless redirect loop", async () => {
    await expect(
      client({ maxRedirects: 3 }).request({
        tenantId,
        policy: localPolicy,
        url: `http://api.test:${server.port}/loop`,
      }),
    ).rejects.toBeInstanceOf(EgressRedirectError);
    expect(records).toHaveLength(4);
  });

  it.each(["/big-declared", "/big-streamed"])("aborts an oversize response (%s)", async (path) => {
    const attempt = client({ maxResponseBytes: 64 * 1024 }).request({
      tenantId,
      policy: localPolicy,
      url: `http://api.test:${server.port}${path}`,
    });
    await expect(attempt).rejects.toBeInstanceOf(EgressTooLargeError);
    await expect(attempt).rejects.toThrow(/larger than the limit of 65536 bytes/);
    const [record] = records;
    expect(record?.outcome).toBe("PENNY_EGRESS_TOO_LARGE");
    // Stopped past the cap, long before the whole megabyte the server would send.
    expect(record?.bytes).toBeLessThan(1024 * 1024);
  });

  it("stops a server that does not answer in time", async () => {
    const attempt = client({ timeoutMs: 200 }).request({
      tenantId,
      policy: localPolicy,
      url: `http://api.test:${server.port}/slow`,
    });
    await expect(attempt).rejects.toBeInstanceOf(EgressTimeoutError);
    await expect(attempt).rejects.toThrow(/did not finish within 200 ms/);
    expect(records).toEqual([expect.objectContaining({ outcome: "PENNY_EGRESS_TIMEOUT", status: null })]);
  });

  it("passes the caller's cancellation through as is", async () => {
    const controller = new AbortController();
    const reason = new Error("run cancelled");
    const attempt = client().request({
      tenantId,
      policy: localPolicy,
      url: `http://api.test:${server.port}/slow`,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 20);
    await expect(attempt).rejects.toBe(reason);
  });

  it.each([
    ["ftp://api.test/file", /only http and https/],
    ["http://user:pass@api.test/", /credentials in the URL/],
    ["not a url", /not an absolute URL/],
  ])("refuses the URL %s", async (url, message) => {
    await expect(client().request({ tenantId, policy: localPolicy, url })).rejects.toSatisfy(
      (error) => error instanceof EgressUrlInvalidError && message.test(error.message),
    );
  });
});
