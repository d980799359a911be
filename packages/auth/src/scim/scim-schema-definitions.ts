import { memberRoles } from "@penny/db";
import { z } from "zod";
import { scimDiscoveryMetaSchema } from "./scim-service-provider-config.ts";
import {
  PENNY_USER_EXTENSION,
  SCIM_GROUP_SCHEMA,
  SCIM_SCHEMA_SCHEMA,
  SCIM_USER_SCHEMA,
} from "./scim-urns.ts";

const attributeFields = {
  name: z.string(),
  type: z.enum(["string", "boolean", "complex", "reference"]),
  multiValued: z.boolean(),
  description: z.string(),
  required: z.boolean(),
  caseExact: z.boolean(),
  mutability: z.enum(["readOnly", "readWrite", "immutable"]),
  returned: z.enum(["always", "default"]),
  uniqueness: z.enum(["none", "server"]),
  canonicalValues: z.array(z.string()).optional(),
  referenceTypes: z.array(z.string()).optional(),
};
const attributeSchema = z.object({
  ...attributeFields,
  subAttributes: z.array(z.object(attributeFields)).optional(),
});

export const scimSchemaDefinitionSchema = z.object({
  schemas: z.array(z.string()),
  id: z.string(),
  name: z.string(),
  description: z.string(),
  attributes: z.array(attributeSchema),
  meta: scimDiscoveryMetaSchema,
});

type Attribute = z.infer<typeof attributeSchema>;
export type ScimSchemaDefinition = z.infer<typeof scimSchemaDefinitionSchema>;

/** A single-valued, optional, case-insensitive, writable attribute, unless `overrides` says otherwise. */
function attribute(name: string, description: string, overrides: Partial<Attribute> = {}): Attribute {
  return {
    name,
    type: "string",
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: "readWrite",
    returned: "default",
    uniqueness: "none",
    ...overrides,
  };
}

/**
 * The attributes Penny keeps (RFC 7643 §7), and only those: a directory reads here what it can expect back.
 * Anything else it sends is accepted and dropped.
 */
export function scimSchemaDefinitions(baseUrl: string): ScimSchemaDefinition[] {
  const definition = (id: string, name: string, description: string, attributes: Attribute[]) => ({
    schemas: [SCIM_SCHEMA_SCHEMA],
    id,
    name,
    description,
    attributes,
    meta: { resourceType: "Schema", location: `${baseUrl}/scim/v2/Schemas/${id}` },
  });
  return [
    definition(SCIM_USER_SCHEMA, "User", "A member of the tenant", [
      attribute("userName", "The person's email address, with which they sign in", {
        required: true,
        uniqueness: "server",
      }),
      attribute("name", "The person's name; Penny keeps one name", {
        type: "complex",
        subAttributes: [
          attribute("formatted", "The full name"),
          attribute("givenName", "Given name; joined with familyName when no full name is sent"),
          attribute("familyName", "Family name"),
        ],
      }),
      attribute("displayName", "The name shown in Penny"),
      attribute("emails", "The one address Penny keeps; the same as userName", {
        type: "complex",
        multiValued: true,
        subAttributes: [
          attribute("value", "The address"),
          attribute("type", "Always work", { canonicalValues: ["work"] }),
          attribute("primary", "Always true", { type: "boolean" }),
        ],
      }),
      attribute("active", "False suspends the membership and ends the person's sessions here", {
        type: "boolean",
      }),
    ]),
    definition(SCIM_GROUP_SCHEMA, "Group", "A group of the tenant's members", [
      attribute("displayName", "The group's name, unique in the tenant", {
        required: true,
        uniqueness: "server",
      }),
      attribute("members", "The group's members (users only)", {
        type: "complex",
        multiValued: true,
        subAttributes: [
          attribute("value", "The member's user id", { mutability: "immutable", caseExact: true }),
          attribute("$ref", "The member's User resource", {
            type: "reference",
            mutability: "immutable",
            referenceTypes: ["User"],
          }),
          attribute("display", "The member's name", { mutability: "readOnly" }),
        ],
      }),
    ]),
    definition(PENNY_USER_EXTENSION, "Penny user", "What Penny adds to a User", [
      attribute("role", "The member's role in the tenant; viewer when a member is created without one", {
        canonicalValues: [...memberRoles],
      }),
    ]),
  ];
}
