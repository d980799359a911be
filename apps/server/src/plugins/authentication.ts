import { createHmac, timingSafeEqual } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import { recordAudit } from "@penny/audit";
import {
  AuthError,
  findApiKeyBySecret,
  findSession,
  type Permission,
  permissionsOf,
  resolveApiKey,
} from "@penny/auth";
import type { MemberRole } from "@penny/db";
import type { FastifyRequest } from "fastify";
import fastifyPlugin from "fastify-plugin";

export const SESSION_COOKIE = "penny_session";
export const CSRF_HEADER = "x-csrf-token";

/** Who is calling, in which tenant, allowed to do what. Exactly one active tenant per request. */
export interface Principal {
  via: "session" | "api_key";
  userId: string | null;
  tenantId: string;
  role: MemberRole | null;
  permissions: ReadonlySet<Permission>;
  platformAdmin: boolean;
  sessionId?: string;
  apiKeyId?: string;
  apiKeyKind?: "personal" | "service" | "scim";
}

/** A session whose password was right but whose second factor is still owed: it may only finish MFA. */
export interface PendingSession {
  id: string;
  userId: string;
  tenantId: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the authentication plugin before any handler runs; null for anonymous requests. */
    principal: Principal | null;
    /** Set instead of `principal` for a session waiting for its second factor. */
    pendingSession: PendingSession | null;
  }
  interface FastifyInstance {
    /** The CSRF token that goes with a session; the client echoes it in `x-csrf-token` on writes. */
    csrfTokenFor(sessionId: string): string;
    /** The master key: seals stored secrets (MFA secrets, provider keys) and derives CSRF tokens. */
    masterKey: Buffer;
  }
}

/**
 * Resolves the caller from `Authorization: Bearer <key>` or the session cookie. A bearer value that does not
 * resolve is refused at once (a client that sends a key expects it to work); a stale cookie just means anonymous.
 * Writes authenticated by cookie must carry the CSRF token, so another site cannot make the browser act.
 */
export const authentication = fastifyPlugin<{ masterKey: Buffer }>(
  async (app, options) => {
    const csrfKey = createHmac("sha256", options.masterKey).update("penny:csrf").digest();
    const csrfTokenFor = (sessionId: string) =>
      createHmac("sha256", csrfKey).update(sessionId).digest("base64url");
    app.decorate("csrfTokenFor", csrfTokenFor);
    app.decorate("masterKey", options.masterKey);
    await app.register(fastifyCookie);
    app.decorateRequest("principal", null);
    app.decorateRequest("pendingSession", null);

    app.addHook("onRequest", async (request) => {
      const authorization = request.headers.authorization;
      if (authorization !== undefined) {
        request.principal = await principalFromBearer(request, authorization);
        return;
      }
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await findSession(app.database, token);
      if (!session?.tenantId) return;
      if (isWrite(request.method)) checkCsrf(request, session.id);
      if (session.stage === "mfa_pending") {
        request.pendingSession = { id: session.id, userId: session.userId, tenantId: session.tenantId };
        return;
      }
      if (!session.role) {
        await refusal(
          request,
          session.tenantId,
          { type: "user", id: session.userId },
          "auth.session_refused",
        );
        throw new AuthError(
          "PENNY_UNAUTHENTICATED",
          "Your membership in this tenant has ended or is suspended; sign in again or switch tenant.",
        );
      }
      request.principal = {
        via: "session",
        userId: session.userId,
        tenantId: session.tenantId,
        role: session.role,
        permissions: new Set(permissionsOf(session.role)),
        platformAdmin: session.platformAdmin,
        sessionId: session.id,
      };
    });

    /** Records a refused credential in the tenant it belongs to, so revoked keys and ended memberships show up. */
    async function refusal(
      request: FastifyRequest,
      tenantId: string,
      actor: { type: "user" | "api_key"; id: string },
      action: string,
    ) {
      await app.database.withTenant(tenantId, (tx) =>
        recordAudit(tx, {
          ip: request.ip,
          userAgent: request.headers["user-agent"]?.slice(0, 500),
          requestId: request.id,
          tenantId,
          actor,
          action,
          target: `${request.method} ${request.routeOptions.url ?? request.url}`,
          outcome: "denied",
        }),
      );
    }

    function checkCsrf(request: FastifyRequest, sessionId: string) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameString(sent, csrfTokenFor(sessionId))) {
        throw new AuthError(
          "PENNY_CSRF_FAILED",
          `Writes made with the session cookie need the ${CSRF_HEADER} header from GET /v1/me or the sign-in response.`,
        );
      }
    }

    async function principalFromBearer(request: FastifyRequest, header: string): Promise<Principal> {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1]) {
        throw new AuthError("PENNY_UNAUTHENTICATED", "The Authorization header must be `Bearer <API key>`.");
      }
      const key = await resolveApiKey(request.server.database, match[1]);
      if (!key) {
        const known = await findApiKeyBySecret(request.server.database, match[1]);
        if (known) {
          await refusal(request, known.tenantId, { type: "api_key", id: known.keyId }, "auth.key_refused");
        }
        throw new AuthError("PENNY_UNAUTHENTICATED", "This API key is unknown, revoked or expired.");
      }
      return {
        via: "api_key",
        userId: key.userId,
        tenantId: key.tenantId,
        role: key.role,
        permissions: new Set(key.permissions),
        platformAdmin: false,
        apiKeyId: key.keyId,
        apiKeyKind: key.kind,
      };
    }
  },
  { name: "penny-authentication", dependencies: ["penny-database"] },
);

function isWrite(method: string): boolean {
  return method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
}

function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
