import type { IncomingHttpHeaders } from "node:http";
import { request } from "undici";
import { addressRange, isIpLiteral, isPublicAddress, stripBrackets } from "./address-range.ts";
import type { EgressCallRecord, EgressOutcome } from "./egress-call-record.ts";
import { type EgressPolicy, hostPermission, normalizeHost } from "./egress-policy.ts";
import { EgressConnectError } from "./errors/egress-connect-error.ts";
import { EgressDnsError } from "./errors/egress-dns-error.ts";
import { EgressError } from "./errors/egress-error.ts";
import { EgressHostBlockedError } from "./errors/egress-host-blocked-error.ts";
import { EgressPrivateAddressError } from "./errors/egress-private-address-error.ts";
import { EgressRedirectError } from "./errors/egress-redirect-error.ts";
import { EgressTimeoutError } from "./errors/egress-timeout-error.ts";
import { EgressTooLargeError } from "./errors/egress-too-large-error.ts";
import { EgressUrlInvalidError } from "./errors/egress-url-invalid-error.ts";
import { PinnedAgents } from "./pinned-agents.ts";
import { type HostResolver, type ResolvedAddress, systemResolver } from "./resolve-host.ts";

export interface EgressClientOptions {
  /** Defaults to the system resolver; tests pass one that plays a hostile DNS server. */
  resolver?: HostResolver;
  /** The whole call, redirects and body included. Default 15 s. */
  timeoutMs?: number;
  /** The response body is cut off (and the call fails) past this. Default 5 MiB. */
  maxResponseBytes?: number;
  /** Default 5; each hop is checked against the policy again. */
  maxRedirects?: number;
  /** Called once per hop, blocked ones included; the server audits it. Must not throw. */
  onCall?: (record: EgressCallRecord) => void;
  /** A monotonic clock in milliseconds for durations; defaults to performance.now. */
  now?: () => number;
}

/** One outbound call on behalf of a tenant. */
export interface EgressRequest {
  tenantId: string;
  policy: EgressPolicy;
  url: string | URL;
  method?: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Cancels the call (a cancelled run); the abort reason is thrown as is. */
  signal?: AbortSignal;
  /** Overrides the client's limit for this call. */
  timeoutMs?: number;
  maxResponseBytes?: number;
}

/** A complete, size-capped response. */
export interface EgressResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The URL that answered, after redirects. */
  url: string;
  text(): string;
  /** The body parsed as JSON; throws a SyntaxError when it is not JSON. */
  json(): unknown;
}

export interface EgressClient {
  /** Makes the call if the policy allows every hop; throws an EgressError (or the caller's abort reason) otherwise. */
  request(options: EgressRequest): Promise<EgressResponse>;
  close(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers that carry credentials and must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

/**
 * The one client for outbound HTTP from tools and integrations: the tenant's allow-list, no private addresses
 * unless allowed per host, DNS resolved here and the socket pinned to the checked address, every redirect checked
 * again, a size cap and a total time limit, and a record of every hop.
 */
export function createEgressClient(options: EgressClientOptions = {}): EgressClient {
  const resolver = options.resolver ?? systemResolver;
  const clock = options.now ?? (() => performance.now());
  const agents = new PinnedAgents();

  return {
    request: async (call) => {
      const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 15_000;
      const maxBytes = call.maxResponseBytes ?? options.maxResponseBytes ?? 5 * 1024 * 1024;
      const maxRedirects = options.maxRedirects ?? 5;
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), timeoutMs);
      const signal = call.signal ? AbortSignal.any([timer.signal, call.signal]) : timer.signal;
      let url = parseUrl(call.url);
      let method: string = call.method ?? "GET";
      let body = call.body;
      const headers = { ...call.headers };
      try {
        for (let hop = 0; ; hop++) {
          const started = clock();
          const host = normalizeHost(url.hostname);
          const record = (outcome: EgressOutcome, details: Partial<EgressCallRecord> = {}) =>
            options.onCall?.({
              tenantId: call.tenantId,
              host,
              method,
              address: null,
              status: null,
              bytes: 0,
              durationMs: clock() - started,
              outcome,
              hop,
              ...details,
            });
          let pinned: ResolvedAddress | undefined;
          let status: number | null = null;
          let bytes = 0;
          try {
            pinned = await checkedAddress(call.policy, host, resolver, signal);
            const response = await request(url, {
              dispatcher: agents.for(host, pinned),
              method: method as "GET",
              headers,
              body,
              signal,
            });
            status = response.statusCode;
            const location = firstHeader(response.headers.location);
            if (REDIRECTS.has(status) && location) {
              await response.body.dump();
              record("ok", { address: pinned.address, status });
              if (hop >= maxRedirects) throw new EgressRedirectError(host, maxRedirects);
              const next = parseUrl(new URL(location, url));
              if (next.origin !== url.origin)
                for (const name of CREDENTIAL_HEADERS) deleteHeader(headers, name);
              if (status === 303 || ((status === 301 || status === 302) && method === "POST")) {
                if (method !== "HEAD") method = "GET";
                body = undefined;
                deleteHeader(headers, "content-type");
                deleteHeader(headers, "content-length");
              }
              url = next;
              continue;
            }
            const declared = Number(firstHeader(response.headers["content-length"]) ?? Number.NaN);
            if (declared > maxBytes) {
              response.body.destroy();
              throw new EgressTooLargeError(host, maxBytes);
            }
            const chunks: Buffer[] = [];
            for await (const chunk of response.body) {
              bytes += (chunk as Buffer).length;
              if (bytes > maxBytes) {
                response.body.destroy();
                throw new EgressTooLargeError(host, maxBytes);
              }
              chunks.push(chunk as Buffer);
            }
            record("ok", { address: pinned.address, status, bytes });
            const buffer = Buffer.concat(chunks);
            return {
              status,
              headers: flattenHeaders(response.headers),
              body: buffer,
              url: url.toString(),
              text: () => buffer.toString("utf8"),
              json: () => JSON.parse(buffer.toString("utf8")) as unknown,
            };
          } catch (caught) {
            if (caught instanceof EgressRedirectError) throw caught;
            const error = classify(caught, host, timer.signal.aborted, timeoutMs, call.signal);
            record(error instanceof EgressError ? error.code : "PENNY_EGRESS_CONNECT_FAILED", {
              address: pinned?.address ?? null,
              status,
              bytes,
            });
            throw error;
          }
        }
      } finally {
        clearTimeout(timeout);
      }
    },
    close: () => agents.close(),
  };
}

/** Resolves the host (unless it is an IP literal) and returns the one address the socket may use. */
async function checkedAddress(
  policy: EgressPolicy,
  host: string,
  resolver: HostResolver,
  signal: AbortSignal,
): Promise<ResolvedAddress> {
  const permission = hostPermission(policy, host);
  if (permission === "blocked") throw new EgressHostBlockedError(host);
  let addresses: ResolvedAddress[];
  if (isIpLiteral(host)) {
    const literal = stripBrackets(host);
    addresses = [{ address: literal, family: literal.includes(":") ? 6 : 4 }];
  } else {
    try {
      addresses = await abortable(resolver(host), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new EgressDnsError(host, error instanceof Error ? error.message : String(error));
    }
    if (addresses.length === 0) throw new EgressDnsError(host, "no addresses");
  }
  if (permission !== "private") {
    // Every answer must be public: a mixed answer is how rebinding attacks hide the private address.
    const inside = addresses.find(({ address }) => !isPublicAddress(address));
    if (inside) throw new EgressPrivateAddressError(host, inside.address, describeRange(inside.address));
  }
  return addresses[0] as ResolvedAddress;
}

function parseUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new EgressUrlInvalidError("it is not an absolute URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new EgressUrlInvalidError(`only http and https are allowed, not ${url.protocol}`, url.hostname);
  }
  if (url.username || url.password) {
    throw new EgressUrlInvalidError(
      "credentials in the URL are not allowed; send them in a header.",
      url.hostname,
    );
  }
  return url;
}

function classify(
  error: unknown,
  host: string,
  timedOut: boolean,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): unknown {
  if (error instanceof EgressError) return error;
  if (timedOut) return new EgressTimeoutError(host, timeoutMs);
  if (callerSignal?.aborted) return callerSignal.reason;
  const reason =
    error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
  return new EgressConnectError(host, reason);
}

function describeRange(address: string): string {
  const names: Record<string, string> = {
    private: "private",
    loopback: "loopback",
    linkLocal: "link-local",
    uniqueLocal: "unique-local",
    carrierGradeNat: "carrier-grade NAT",
    multicast: "multicast",
    unspecified: "unspecified",
    broadcast: "broadcast",
  };
  const range = addressRange(address);
  return names[range] ?? `non-public (${range})`;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

function deleteHeader(headers: Record<string, string>, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
}
