import { schema } from "@penny/db";
import { z } from "zod";
import { isAcceptableIssuerUrl } from "./issuer-url.ts";

const issuerUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    isAcceptableIssuerUrl,
    "must be an https URL without query or fragment (http only for 127.0.0.1/localhost)",
  );

/** RFC 6749 scope tokens: printable ASCII without space, quote or backslash. */
const scope = z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, "is not a valid OAuth scope");

const emailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, "is not a domain name");

/** The settings every kind shares; also what an update may change. */
const sharedSettings = {
  name: z.string().trim().min(1).max(100),
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().min(1).max(4000),
  scopes: z.array(scope).min(1).max(50).optional(),
  jitProvisioning: z.boolean().optional(),
  defaultRole: z.enum(schema.memberRoles).optional(),
  allowedDomains: z.array(emailDomain).max(100).optional(),
  enabled: z.boolean().optional(),
};

/**
 * A new identity provider, one shape per kind: generic OIDC names its issuer; Google's is fixed; Entra ID takes
 * the directory (tenant) id; GitHub takes an Enterprise Server base URL or defaults to github.com.
 */
export const identityProviderSettingsSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("oidc"), issuer: issuerUrl, ...sharedSettings }),
    z.strictObject({ kind: z.literal("google"), ...sharedSettings }),
    z.strictObject({ kind: z.literal("entra"), directoryTenantId: z.guid(), ...sharedSettings }),
    z.strictObject({ kind: z.literal("github"), issuer: issuerUrl.optional(), ...sharedSettings }),
  ])
  .refine(
    (settings) => settings.kind === "github" || !settings.scopes || settings.scopes.includes("openid"),
    {
      message: 'must include "openid" for an OpenID Connect provider',
      path: ["scopes"],
    },
  );

export type IdentityProviderSettings = z.input<typeof identityProviderSettingsSchema>;

/**
 * What an update may change. The kind and issuer are fixed: external accounts are keyed by the provider's
 * subject, which only means something at one issuer, so pointing a provider elsewhere would hand existing links
 * to whoever holds the same subject there. Create a new provider instead.
 */
export const identityProviderUpdateSchema = z.strictObject({
  name: sharedSettings.name.optional(),
  clientId: sharedSettings.clientId.optional(),
  clientSecret: sharedSettings.clientSecret.optional(),
  scopes: sharedSettings.scopes,
  jitProvisioning: sharedSettings.jitProvisioning,
  defaultRole: sharedSettings.defaultRole,
  allowedDomains: sharedSettings.allowedDomains,
  enabled: sharedSettings.enabled,
});

export type IdentityProviderUpdate = z.input<typeof identityProviderUpdateSchema>;

/** An identity provider as administrators see it: never the client secret, only whether one is stored. */
export const identityProviderViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(schema.identityProviderKinds),
  name: z.string(),
  issuer: z.string().nullable(),
  clientId: z.string(),
  scopes: z.array(z.string()),
  jitProvisioning: z.boolean(),
  defaultRole: z.enum(schema.memberRoles),
  allowedDomains: z.array(z.string()),
  enabled: z.boolean(),
  hasClientSecret: z.boolean(),
  createdAt: z.date(),
});

export type IdentityProviderView = z.infer<typeof identityProviderViewSchema>;
