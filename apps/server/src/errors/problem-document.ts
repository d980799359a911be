import { z } from "zod";
import { errorCodes } from "./error-catalogue.ts";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** One bad field of a request, named as `location.path` (for example `body.items.0.name`). */
export const fieldProblemSchema = z.object({
  field: z.string(),
  message: z.string(),
});

/** An RFC 9457 problem document, with Penny's stable `code` and the `requestId` to quote in a support request. */
export const problemDocumentSchema = z
  .object({
    type: z.string().describe("A URI naming the kind of problem"),
    title: z.string().describe("A short summary of the kind of problem; the same for every occurrence"),
    status: z.int().min(400).max(599),
    detail: z.string().describe("What went wrong this time"),
    instance: z.string().describe("The path of the request that failed"),
    code: z.enum(errorCodes),
    requestId: z.string(),
    errors: z.array(fieldProblemSchema).optional().describe("The fields that failed validation"),
  })
  .meta({ id: "Problem" });

export type ProblemDocument = z.infer<typeof problemDocumentSchema>;
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problemDocumentSchema } },
});

/**
 * The error responses every route declares beside its success schema, so problem documents are serialized by a
 * schema (nothing unlisted leaves) and appear in the OpenAPI document.
 */
export const problemResponses = {
  "4xx": problemResponse("The request was not accepted"),
  "5xx": problemResponse("Penny could not answer"),
};
