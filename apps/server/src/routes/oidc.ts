import {
  AuthError,
  createSession,
  finishOidcLogin,
  listIdentityProviders,
  MFA_PENDING_TTL_MS,
  OidcError,
  SESSION_TTL_MS,
  secondFactorDue,
  startOidcLogin,
} from "@penny/auth";
import { schema } from "@penny/db";
import { publicBaseUrl } from "@penny/mail";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditChange } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { setSessionCookie } from "./auth.ts";

const STATE_COOKIE = "penny_oidc_state";
const CALLBACK_PATH = "/v1/auth/oidc/callback";

/**
 * Sign-in through a tenant's identity providers: list them for the sign-in page, send the browser to one, and take
 * it back on the callback. The state also travels in an httpOnly cookie, so a callback started in another browser
 * (login CSRF) is refused.
 */
export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const redirectUri = `${publicBaseUrl(app.config)}${CALLBACK_PATH}`;

  async function activeTenant(slug: string) {
    const [tenant] = await app.database.withPlatform((tx) =>
      tx
        .select({ id: schema.tenants.id })
        .from(schema.tenants)
        .where(and(eq(schema.tenants.slug, slug), eq(schema.tenants.status, "active"))),
    );
    if (!tenant) throw new AuthError("PENNY_NOT_FOUND", `No tenant "${slug}" to sign in to.`);
    return tenant.id;
  }

  app.get(
    "/v1/auth/oidc/:tenantSlug/providers",
    {
      config: { access: "public" },
      schema: {
        summary: "The sign-in buttons of a tenant: its enabled identity providers",
        tags: ["auth", "identity providers"],
        params: z.object({ tenantSlug: z.string().min(1).max(100) }),
        response: {
          200: z.object({
            providers: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const tenantId = await activeTenant(request.params.tenantSlug);
      const providers = await listIdentityProviders(app.database, tenantId);
      return {
        providers: providers
          .filter((provider) => provider.enabled)
          .map((provider) => ({ id: provider.id, name: provider.name, kind: provider.kind })),
      };
    },
  );

  app.get(
    "/v1/auth/oidc/:tenantSlug/:providerId/start",
    {
      config: { access: "public" },
      schema: {
        summary: "Send the browser to the identity provider (authorization code + PKCE)",
        tags: ["auth"],
        params: z.object({
          tenantSlug: z.string().min(1).max(100),
          providerId: z.uuid("must be a provider id"),
        }),
        querystring: z.object({
          redirectTo: z.string().max(2000).optional().describe("A path on this site"),
        }),
        response: { 302: z.null().describe("To the identity provider"), ...problemResponses },
      },
    },
    async (request, reply) => {
      const tenantId = await activeTenant(request.params.tenantSlug);
      const started = await startOidcLogin(app.database, {
        tenantId,
        providerId: request.params.providerId,
        redirectUri,
        redirectTo: request.query.redirectTo,
      });
      reply.setCookie(STATE_COOKIE, started.state, {
        httpOnly: true,
        sameSite: "lax",
        secure: request.protocol === "https",
        path: CALLBACK_PATH,
        maxAge: 600,
      });
      return reply.redirect(started.authorizationUrl, 302);
    },
  );

  app.get(
    CALLBACK_PATH,
    {
      config: { access: "public" },
      schema: {
        summary: "Where the identity provider sends the browser back; signs in and redirects",
        tags: ["auth"],
        querystring: z.record(z.string(), z.string()),
        response: {
          302: z.null().describe("Into Penny, or to the sign-in page with ?error=<code>"),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const browserState = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: CALLBACK_PATH });
      const callbackUrl = new URL(request.url, publicBaseUrl(app.config)).toString();
      // Without the cookie set by /start, this browser did not begin the sign-in: refuse before using the state.
      if (!browserState) return reply.redirect("/login?error=PENNY_OIDC_STATE_INVALID", 302);
      try {
        const login = await finishOidcLogin(app.database, app.masterKey, {
          redirectUri,
          callbackUrl,
          browserState,
        });
        const due = await secondFactorDue(app.database, { userId: login.userId, tenantId: login.tenantId });
        const { token } = await createSession(app.database, {
          userId: login.userId,
          tenantId: login.tenantId,
          ip: request.ip,
          userAgent: request.headers["user-agent"],
          ...(due === "none" ? {} : { stage: "mfa_pending" as const, ttlMs: MFA_PENDING_TTL_MS }),
        });
        await app.database.withTenant(login.tenantId, (tx) =>
          auditChange(tx, request, {
            tenantId: login.tenantId,
            actor: { type: "user", id: login.userId },
            action: "auth.login",
            target: `user:${login.userId}`,
            data: {
              method: login.providerKind,
              providerId: login.providerId,
              created: login.created,
              linked: login.linked,
              membershipCreated: login.membershipCreated,
              secondFactor: due,
            },
          }),
        );
        setSessionCookie(
          reply,
          token,
          request.protocol === "https",
          due === "none" ? SESSION_TTL_MS : MFA_PENDING_TTL_MS,
        );
        const target = due === "none" ? (login.redirectTo ?? "/") : `/login?mfa=${due}`;
        return reply.redirect(target, 302);
      } catch (error) {
        if (!(error instanceof OidcError)) throw error;
        request.log.warn({ code: error.code }, "OIDC sign-in refused");
        return reply.redirect(`/login?error=${encodeURIComponent(error.code)}`, 302);
      }
    },
  );
};
