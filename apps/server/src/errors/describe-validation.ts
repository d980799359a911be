import type { FastifySchemaValidationError } from "fastify";
import type { FieldProblem } from "./problem-document.ts";

/**
 * Turns Fastify's validation failures into a readable sentence and a list of fields, so a client sees which field
 * is wrong and why without parsing validator internals.
 */
export function describeValidation(
  validation: FastifySchemaValidationError[],
  location: string | undefined,
): { detail: string; errors: FieldProblem[] } {
  const errors = validation.map((failure) => ({
    field: fieldName(location ?? "request", failure),
    message: failure.message ?? "is not valid",
  }));
  const listed = errors.map((error) => `${error.field}: ${error.message}`).join("; ");
  return { detail: `The request is not valid. ${listed}`, errors };
}

// The zod validator reports the path of the failing value itself, as `/items/0/name` ("/" for the whole body).
function fieldName(location: string, failure: FastifySchemaValidationError): string {
  return [location, ...failure.instancePath.split("/").filter((segment) => segment !== "")].join(".");
}
