import { recordAudit } from "@penny/audit";
import { AuthError, type Permission } from "@penny/auth";
import type { FastifyRequest } from "fastify";
import fastifyPlugin from "fastify-plugin";
import { auditContext } from "../audit-context.ts";
import type { Principal } from "./authentication.ts";

/**
 * Who may call a route: anyone, any signed-in caller, a platform administrator, or holders of one permission from
 * the matrix. Every route must declare it; the authorization matrix test checks each against every role.
 */
export type Access =
  | "public"
  | "authenticated"
  | "session"
  /** A session that has passed its password and still owes its second factor. */
  | "mfa-pending"
  /** A full session, or one still owing its second factor (MFA enrolment serves both). */
  | "session-or-mfa-pending"
  | "platform-admin"
  /** The tenant's SCIM token (an API key of kind `scim`), and nothing else; the SCIM routes only. */
  | "scim"
  | Permission;

/** One registered route and who may call it. */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every route registered so far with its access declaration (the authorization matrix test walks it). */
    routeAccess: RouteAccess[];
  }
}

/** Refuses to register a route without an `access` declaration, and enforces the declaration on every request. */
export const accessControl = fastifyPlugin(
  async (app) => {
    const routes: RouteAccess[] = [];
    app.decorate("routeAccess", routes);
    app.addHook("onRoute", (route) => {
      const access = (route.config as { access?: Access } | undefined)?.access;
      if (!access) {
        throw new Error(`Route ${route.method} ${route.url} declares no config.access; every route must.`);
      }
      for (const method of [route.method].flat()) {
        if (method !== "HEAD") routes.push({ method, url: route.url, access });
      }
    });
    app.addHook("onRequest", async (request) => {
      const access = request.routeOptions.config.access;
      if (access === undefined || access === "public") return;
      try {
        requireAccess(request, access);
      } catch (error) {
        if (error instanceof AuthError && error.code === "PENNY_FORBIDDEN")
          await auditDenial(request, access);
        throw error;
      }
    });
  },
  { name: "penny-access-control", dependencies: ["penny-authentication"] },
);

/** A known caller was refused: the tenant's audit log records who tried what, so probing shows up there. */
async function auditDenial(request: FastifyRequest, access: Access): Promise<void> {
  const principal = request.principal;
  if (!principal) return;
  await request.server.database.withTenant(principal.tenantId, (tx) =>
    recordAudit(tx, {
      ...auditContext(request),
      tenantId: principal.tenantId,
      action: "access.denied",
      target: `${request.method} ${request.routeOptions.url ?? request.url}`,
      outcome: "denied",
      data: { needs: access },
    }),
  );
}

/** The principal of a request that passed access control (for handlers). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AuthError("PENNY_UNAUTHENTICATED", "Sign in, or send an API key.");
  return request.principal;
}

function requireAccess(request: FastifyRequest, access: Exclude<Access, "public">): void {
  if (access === "mfa-pending" || (access === "session-or-mfa-pending" && request.pendingSession)) {
    if (!request.pendingSession) {
      throw new AuthError("PENNY_UNAUTHENTICATED", "Sign in with your password first; then send the code.");
    }
    return;
  }
  if (access === "session-or-mfa-pending") access = "session";
  const principal = principalOf(request);
  // A SCIM token provisions people and nothing more: it may not act anywhere else, even where any caller may.
  if (access === "scim" || principal.apiKeyKind === "scim") {
    if (access !== "scim" || principal.apiKeyKind !== "scim") {
      throw new AuthError(
        "PENNY_FORBIDDEN",
        access === "scim"
          ? "Only the tenant's SCIM token may call SCIM routes."
          : "A SCIM token works only on /scim/v2.",
      );
    }
    return;
  }
  if (access === "authenticated") return;
  if (access === "session") {
    if (principal.via !== "session")
      throw new AuthError("PENNY_FORBIDDEN", "This needs a signed-in browser session.");
    return;
  }
  if (access === "platform-admin") {
    if (!principal.platformAdmin)
      throw new AuthError("PENNY_FORBIDDEN", "Only a platform administrator may do this.");
    return;
  }
  if (!principal.permissions.has(access)) {
    throw new AuthError("PENNY_FORBIDDEN", `Your role does not allow this (it needs "${access}").`);
  }
}
