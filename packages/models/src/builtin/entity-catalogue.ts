import { z } from "zod";
import { BuiltinCatalogueInvalidError } from "./builtin-catalogue-invalid-error.ts";

const namedEntity = z.object({ id: z.string().min(1), name: z.string().trim().min(1) });

/** The schema of what the built-in model knows about the tenant's company, so it can resolve names to ids. */
export const entityCatalogueSchema = z.object({
  businessUnits: z.array(namedEntity),
  projects: z.array(namedEntity.extend({ businessUnitId: z.string().min(1).optional() })),
  people: z.array(z.object({ name: z.string().trim(), email: z.string().trim() })).optional(),
  jiraProjects: z
    .array(z.object({ key: z.string().regex(/^[A-Z][A-Z0-9]+$/), name: z.string().trim().min(1) }))
    .optional(),
});

/** Business units, projects, people and Jira projects the model may name in tool arguments. */
export interface EntityCatalogue {
  businessUnits: { id: string; name: string }[];
  projects: { id: string; name: string; businessUnitId?: string }[];
  /** For assignee resolution. */
  people?: { name: string; email: string }[];
  /** Known Jira project keys. */
  jiraProjects?: { key: string; name: string }[];
}

/** Checks a catalogue at the boundary; throws BuiltinCatalogueInvalidError naming the first bad field. */
export function parseEntityCatalogue(input: unknown): EntityCatalogue {
  const parsed = entityCatalogueSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuiltinCatalogueInvalidError(issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid");
  }
  // A member without a name or email cannot be named in a sentence; they are left out rather than refused.
  const people = parsed.data.people?.filter((person) => person.name.length > 0 && person.email.includes("@"));
  return { ...parsed.data, people };
}
