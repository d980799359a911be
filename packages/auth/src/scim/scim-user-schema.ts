import { memberRoles } from "@penny/db";
import { z } from "zod";
import { scimMetaSchema } from "./scim-resource-meta.ts";
import { PENNY_USER_EXTENSION } from "./scim-urns.ts";

/** A boolean, or the strings "true"/"false" in any case, which some directories send in PATCH values. */
export const scimBooleanSchema = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i, "must be true or false")
    .transform((text) => text.toLowerCase() === "true"),
]);

const text = (max: number) => z.string().trim().max(max);

/**
 * The User a directory sends (POST, PUT, and the result of a PATCH). Penny signs people in by one email address,
 * so `userName` must be that address; attributes Penny does not keep are accepted and dropped.
 */
export const scimUserInputSchema = z.object({
  schemas: z.array(z.string()).optional(),
  userName: text(320).pipe(z.email("must be the person's email address (Penny signs people in by email)")),
  externalId: z.string().max(500).nullish(),
  displayName: text(200).nullish(),
  name: z
    .object({
      formatted: text(200).nullish(),
      givenName: text(100).nullish(),
      familyName: text(100).nullish(),
    })
    .nullish(),
  emails: z
    .array(
      z.object({
        value: text(320).nullish(),
        type: z.string().nullish(),
        primary: scimBooleanSchema.nullish(),
      }),
    )
    .max(20)
    .nullish(),
  active: scimBooleanSchema.nullish().describe("False suspends the membership; absent keeps it as it is"),
  [PENNY_USER_EXTENSION]: z
    .object({
      role: z
        .string()
        .toLowerCase()
        .pipe(z.enum(memberRoles))
        .nullish()
        .describe("The member's role; viewer for a new member, unchanged when absent"),
    })
    .nullish(),
});

export type ScimUserInput = z.infer<typeof scimUserInputSchema>;

/** The User resource Penny returns. */
export const scimUserResourceSchema = z
  .object({
    schemas: z.array(z.string()),
    id: z.string(),
    externalId: z.string().optional(),
    userName: z.string(),
    displayName: z.string(),
    name: z.object({ formatted: z.string() }),
    emails: z.array(z.object({ value: z.string(), type: z.string(), primary: z.boolean() })),
    active: z.boolean(),
    [PENNY_USER_EXTENSION]: z.object({ role: z.enum(memberRoles) }),
    meta: scimMetaSchema,
  })
  .meta({ id: "ScimUser" });

export type ScimUserResource = z.infer<typeof scimUserResourceSchema>;
