import {
  AuthError,
  acceptInvite,
  canAssignRole,
  createInvite,
  inviteStatuses,
  listInvites,
  previewInvite,
  resendInvite,
  revokeInvite,
} from "@penny/auth";
import { memberRoles } from "@penny/db";
import { publicBaseUrl } from "@penny/mail";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditContext } from "../audit-context.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const inviteSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(memberRoles),
  status: z.enum(inviteStatuses),
  invitedBy: z.uuid().nullable(),
  createdAt: z.date(),
  expiresAt: z.date(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

/** Invitations: a manager or admin invites by email; the invitee accepts with the emailed link. */
export const inviteRoutes: FastifyPluginAsyncZod = async (app) => {
  const baseUrl = publicBaseUrl(app.config);

  app.post(
    "/v1/invites",
    {
      config: { access: "invites:manage" },
      schema: {
        summary: "Invite someone by email with a role (never above your own); the link expires in 72 hours",
        tags: ["invites"],
        body: z.object({ email: z.email("must be an email address").max(320), role: z.enum(memberRoles) }),
        response: {
          201: z.object({ invite: inviteSchema, delivered: z.enum(["smtp", "outbox"]) }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (!principal.role || !principal.userId)
        throw new AuthError("PENNY_FORBIDDEN", "Only a member can invite.");
      if (!canAssignRole(principal.role, request.body.role)) {
        throw new AuthError(
          "PENNY_FORBIDDEN",
          `You cannot invite as "${request.body.role}": it is above your own role.`,
        );
      }
      const { invite, delivery } = await createInvite(app.database, {
        tenantId: principal.tenantId,
        email: request.body.email,
        role: request.body.role,
        invitedBy: principal.userId,
        mailer: app.mailer,
        baseUrl,
        requestContext: auditContext(request),
      });
      return reply.code(201).send({ invite, delivered: delivery.delivered });
    },
  );

  app.get(
    "/v1/invites",
    {
      config: { access: "invites:manage" },
      schema: {
        summary: "Invitations of the active tenant, newest first, with their status",
        tags: ["invites"],
        response: { 200: z.object({ invites: z.array(inviteSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ invites: await listInvites(app.database, principalOf(request).tenantId) }),
  );

  app.delete(
    "/v1/invites/:inviteId",
    {
      config: { access: "invites:manage" },
      schema: {
        summary: "Revoke a pending invitation; its link stops working",
        tags: ["invites"],
        params: z.object({ inviteId: z.uuid("must be an invite id") }),
        response: { 200: inviteSchema, ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return revokeInvite(app.database, {
        tenantId: principal.tenantId,
        inviteId: request.params.inviteId,
        actorId: principal.userId ?? "",
        requestContext: auditContext(request),
      });
    },
  );

  app.post(
    "/v1/invites/:inviteId/resend",
    {
      config: { access: "invites:manage" },
      schema: {
        summary: "Send an invitation again with a new link and a new expiry; the old link stops working",
        tags: ["invites"],
        params: z.object({ inviteId: z.uuid("must be an invite id") }),
        response: {
          201: z.object({ invite: inviteSchema, delivered: z.enum(["smtp", "outbox"]) }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (!principal.role || !principal.userId)
        throw new AuthError("PENNY_FORBIDDEN", "Only a member can invite.");
      const { invite, delivery } = await resendInvite(app.database, {
        tenantId: principal.tenantId,
        inviteId: request.params.inviteId,
        actorId: principal.userId,
        actorRole: principal.role,
        mailer: app.mailer,
        baseUrl,
        requestContext: auditContext(request),
      });
      return reply.code(201).send({ invite, delivered: delivery.delivered });
    },
  );

  app.get(
    "/v1/invites/:token/preview",
    {
      config: { access: "public" },
      schema: {
        summary:
          "What an invitation link is for, before accepting it: organization, role, sign up or sign in",
        tags: ["invites"],
        params: z.object({ token: z.string().min(1).max(200) }),
        response: {
          200: z.object({
            tenantName: z.string(),
            tenantSlug: z.string(),
            role: z.enum(memberRoles),
            maskedEmail: z.string().describe("The invited address with most of its local part hidden"),
            accountExists: z.boolean().describe("True: sign in to accept; false: create an account"),
            status: z.enum(inviteStatuses),
            expiresAt: z.date(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => previewInvite(app.database, request.params.token),
  );

  app.post(
    "/v1/invites/:token/accept",
    {
      config: { access: "public" },
      schema: {
        summary: "Accept an invitation: creates the account (name and password) or links the signed-in one",
        tags: ["invites"],
        params: z.object({ token: z.string().min(1).max(200) }),
        body: z
          .object({
            name: z.string().trim().min(1).max(200).optional(),
            password: z.string().max(1024).optional(),
          })
          .default({}),
        response: {
          200: z.object({
            userId: z.uuid(),
            tenantId: z.uuid(),
            role: z.enum(memberRoles),
            createdUser: z.boolean(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      acceptInvite(app.database, {
        token: request.params.token,
        name: request.body.name,
        password: request.body.password,
        existingUserId:
          request.principal?.via === "session" ? (request.principal.userId ?? undefined) : undefined,
        requestContext: auditContext(request),
      }),
  );
};
