import { z } from "zod";
import { scimDiscoveryMetaSchema } from "./scim-service-provider-config.ts";
import {
  PENNY_USER_EXTENSION,
  SCIM_GROUP_SCHEMA,
  SCIM_RESOURCE_TYPE_SCHEMA,
  SCIM_USER_SCHEMA,
} from "./scim-urns.ts";

export const scimResourceTypeSchema = z.object({
  schemas: z.array(z.string()),
  id: z.string(),
  name: z.string(),
  endpoint: z.string(),
  description: z.string(),
  schema: z.string(),
  schemaExtensions: z.array(z.object({ schema: z.string(), required: z.boolean() })),
  meta: scimDiscoveryMetaSchema,
});

export type ScimResourceType = z.infer<typeof scimResourceTypeSchema>;

/** The resource types Penny serves (RFC 7643 §6): Users (members of the tenant) and Groups. */
export function scimResourceTypes(baseUrl: string): ScimResourceType[] {
  const meta = (id: string) => ({
    resourceType: "ResourceType",
    location: `${baseUrl}/scim/v2/ResourceTypes/${id}`,
  });
  return [
    {
      schemas: [SCIM_RESOURCE_TYPE_SCHEMA],
      id: "User",
      name: "User",
      endpoint: "/Users",
      description: "A member of the tenant (the id is the Penny user id)",
      schema: SCIM_USER_SCHEMA,
      schemaExtensions: [{ schema: PENNY_USER_EXTENSION, required: false }],
      meta: meta("User"),
    },
    {
      schemas: [SCIM_RESOURCE_TYPE_SCHEMA],
      id: "Group",
      name: "Group",
      endpoint: "/Groups",
      description: "A group of the tenant's members, usable in grants",
      schema: SCIM_GROUP_SCHEMA,
      schemaExtensions: [],
      meta: meta("Group"),
    },
  ];
}
