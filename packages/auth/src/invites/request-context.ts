import type { AuditEventInput } from "@penny/audit";

/** Where an invite operation came from, kept in its audit events; the route fills it from the request. */
export type InviteRequestContext = Pick<AuditEventInput, "ip" | "userAgent" | "requestId">;

/**
 * Only the request fields of `context`. A caller may hand over a wider object (the server's audit context also
 * carries the request's actor), and spreading that would overwrite the actor the invite code chose.
 */
export function requestFields(context: InviteRequestContext | undefined): InviteRequestContext {
  return { ip: context?.ip, userAgent: context?.userAgent, requestId: context?.requestId };
}
