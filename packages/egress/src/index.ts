export { addressRange, isPublicAddress } from "./address-range.ts";
export type { EgressCallRecord, EgressOutcome } from "./egress-call-record.ts";
export {
  createEgressClient,
  type EgressClient,
  type EgressClientOptions,
  type EgressRequest,
  type EgressResponse,
} from "./egress-client.ts";
export { type EgressPolicy, hostPermission, matchesHostPattern, normalizeHost } from "./egress-policy.ts";
export { EgressConnectError } from "./errors/egress-connect-error.ts";
export { EgressDnsError } from "./errors/egress-dns-error.ts";
export { EgressError, type EgressErrorCode, egressErrorCodes } from "./errors/egress-error.ts";
export { EgressHostBlockedError } from "./errors/egress-host-blocked-error.ts";
export { EgressPrivateAddressError } from "./errors/egress-private-address-error.ts";
export { EgressRedirectError } from "./errors/egress-redirect-error.ts";
export { EgressTimeoutError } from "./errors/egress-timeout-error.ts";
export { EgressTooLargeError } from "./errors/egress-too-large-error.ts";
export { EgressUrlInvalidError } from "./errors/egress-url-invalid-error.ts";
export { type HostResolver, type ResolvedAddress, systemResolver } from "./resolve-host.ts";
