import { AuthError } from "@penny/auth";
import type { Caller } from "@penny/chat";
import type { FastifyRequest } from "fastify";
import { principalOf } from "./plugins/access-control.ts";

/** The person asking, as the chat and tool router see them; a service key has no person and cannot chat. */
export function callerOf(request: FastifyRequest): Caller {
  const principal = principalOf(request);
  if (!principal.userId) {
    throw new AuthError(
      "PENNY_FORBIDDEN",
      "Conversations belong to a person: use a session or a personal key.",
    );
  }
  return {
    tenantId: principal.tenantId,
    userId: principal.userId,
    role: principal.role,
    permissions: principal.permissions,
  };
}
