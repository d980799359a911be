import { z } from "zod";
import { SCIM_MAX_RESULTS } from "./scim-list.ts";
import { SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA } from "./scim-urns.ts";

const supported = z.object({ supported: z.boolean() });

/** Where a discovery resource lives; these have no creation time worth stating. */
export const scimDiscoveryMetaSchema = z.object({ resourceType: z.string(), location: z.string() });

export const scimServiceProviderConfigSchema = z.object({
  schemas: z.array(z.string()),
  patch: supported,
  bulk: supported.extend({ maxOperations: z.number().int(), maxPayloadSize: z.number().int() }),
  filter: supported.extend({ maxResults: z.number().int() }),
  changePassword: supported,
  sort: supported,
  etag: supported,
  authenticationSchemes: z.array(
    z.object({ type: z.string(), name: z.string(), description: z.string(), primary: z.boolean() }),
  ),
  meta: scimDiscoveryMetaSchema,
});

/** What Penny's SCIM service supports (RFC 7643 §5): PATCH and filters, no bulk, sorting, ETags or passwords. */
export function scimServiceProviderConfig(baseUrl: string): z.infer<typeof scimServiceProviderConfigSchema> {
  return {
    schemas: [SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "SCIM token",
        description:
          "The tenant's SCIM token from POST /v1/scim-tokens, sent as `Authorization: Bearer pnk_…`",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/scim/v2/ServiceProviderConfig` },
  };
}
