import { SCIM_CONTENT_TYPE } from "@penny/auth";
import { z } from "zod";

/** The SCIM error document (RFC 7644 §3.12). `status` is a string there, unlike in RFC 9457 problems. */
export const scimErrorSchema = z
  .object({
    schemas: z.array(z.string()),
    status: z.string().describe("The HTTP status, as a string"),
    scimType: z
      .string()
      .optional()
      .describe("invalidFilter, invalidSyntax, invalidPath, noTarget, invalidValue, …"),
    detail: z.string(),
  })
  .meta({ id: "ScimError" });

export type ScimErrorDocument = z.infer<typeof scimErrorSchema>;

/** A response of a SCIM route: its schema under `application/scim+json`, the media type SCIM routes answer with. */
export function scimContent<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { description, content: { [SCIM_CONTENT_TYPE]: { schema } } };
}

/** The media types a SCIM body may have, for the OpenAPI document (both are parsed as JSON). */
export const scimConsumes = [SCIM_CONTENT_TYPE, "application/json"];

/** The error responses every SCIM route declares, as `problemResponses` are for the rest of the API. */
export const scimErrorResponses = {
  "4xx": scimContent(scimErrorSchema, "The request was not accepted"),
  "5xx": scimContent(scimErrorSchema, "Penny could not answer"),
};
