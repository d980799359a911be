import { z } from "zod";
import { SCIM_LIST_RESPONSE_SCHEMA } from "./scim-urns.ts";

/** The most resources one list response holds (advertised as `filter.maxResults`). */
export const SCIM_MAX_RESULTS = 200;
const DEFAULT_COUNT = 100;

/** The query of `GET /Users` and `GET /Groups` (RFC 7644 §3.4.2). Sorting is not supported. */
export const scimListQuerySchema = z.object({
  filter: z.string().max(4000).optional().describe('For example userName eq "ada@example.com"'),
  startIndex: z.coerce.number().int().optional().describe("1-based index of the first result; default 1"),
  count: z.coerce
    .number()
    .int()
    .optional()
    .describe(`Results per page; default ${DEFAULT_COUNT}, at most ${SCIM_MAX_RESULTS}`),
  attributes: z.string().optional(),
  excludedAttributes: z.string().optional().describe('"members" leaves group members out'),
});

export type ScimListQuery = z.infer<typeof scimListQuerySchema>;

/** Which slice of the results a list query asks for; out-of-range values are clamped as RFC 7644 says. */
export interface ScimPage {
  startIndex: number;
  count: number;
}

export function scimPage(query: Pick<ScimListQuery, "startIndex" | "count">): ScimPage {
  return {
    startIndex: Math.max(1, query.startIndex ?? 1),
    count: Math.min(SCIM_MAX_RESULTS, Math.max(0, query.count ?? DEFAULT_COUNT)),
  };
}

/** The ListResponse schema around one resource schema. */
export function scimListResponseSchema<Resource extends z.ZodType>(resource: Resource) {
  return z.object({
    schemas: z.array(z.string()),
    totalResults: z.number().int(),
    startIndex: z.number().int(),
    itemsPerPage: z.number().int(),
    Resources: z.array(resource),
  });
}

export function scimListResponse<Resource>(resources: Resource[], totalResults: number, startIndex: number) {
  return {
    schemas: [SCIM_LIST_RESPONSE_SCHEMA],
    totalResults,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
