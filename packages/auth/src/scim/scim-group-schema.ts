import { z } from "zod";
import { scimMetaSchema } from "./scim-resource-meta.ts";

/**
 * The most members a group may have through SCIM (a PATCH is checked on its result, so this bounds the group, not
 * the request). It keeps every statement of a group write under PostgreSQL's limit of bound parameters.
 */
export const SCIM_GROUP_MEMBERS_MAX = 10_000;

/** The Group a directory sends (POST, PUT, and the result of a PATCH). Members are Penny user ids. */
export const scimGroupInputSchema = z.object({
  schemas: z.array(z.string()).optional(),
  displayName: z.string().trim().min(1, "is required").max(200),
  externalId: z.string().max(500).nullish(),
  members: z
    .array(z.object({ value: z.string().max(100).describe("A user id"), display: z.string().nullish() }))
    .max(SCIM_GROUP_MEMBERS_MAX)
    .nullish(),
});

export type ScimGroupInput = z.infer<typeof scimGroupInputSchema>;

/** The Group resource Penny returns; `members` is left out when the query excludes it. */
export const scimGroupResourceSchema = z
  .object({
    schemas: z.array(z.string()),
    id: z.string(),
    externalId: z.string().optional(),
    displayName: z.string(),
    members: z.array(z.object({ value: z.string(), $ref: z.string(), display: z.string() })).optional(),
    meta: scimMetaSchema,
  })
  .meta({ id: "ScimGroup" });

export type ScimGroupResource = z.infer<typeof scimGroupResourceSchema>;
