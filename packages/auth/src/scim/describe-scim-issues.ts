import type { z } from "zod";

/** A zod failure as one sentence naming each attribute, for the `detail` of a SCIM error. */
export function describeScimIssues(error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${issue.path.join(".") || "resource"}: ${issue.message}`);
  return `The resource is not valid. ${issues.join("; ")}`;
}
