import type { FastifyError } from "fastify";
import { describeValidation } from "./describe-validation.ts";
import { type ErrorCode, errorCatalogue } from "./error-catalogue.ts";
import { PennyError } from "./penny-error.ts";
import type { FieldProblem } from "./problem-document.ts";

/** Where a thrown error lands in the catalogue, and what of it the client may read. */
export interface ClassifiedError {
  code: ErrorCode;
  status: number;
  /** Undefined when the catalogue hides the message; the client then gets a generic detail. */
  detail: string | undefined;
  errors?: FieldProblem[];
}

/** Fastify's own errors about a request body, by their stable `FST_ERR_*` codes. */
const fastifyBodyErrors: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "PENNY_MALFORMED_BODY",
  FST_ERR_CTP_EMPTY_JSON_BODY: "PENNY_MALFORMED_BODY",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "PENNY_MALFORMED_BODY",
  FST_ERR_CTP_BODY_TOO_LARGE: "PENNY_PAYLOAD_TOO_LARGE",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "PENNY_UNSUPPORTED_MEDIA_TYPE",
};

/**
 * Maps anything a handler, hook or Fastify itself throws onto a catalogue code. A client's mistake is always a
 * 4xx; anything not recognised is an internal error whose message stays in the log.
 */
export function classifyError(error: unknown): ClassifiedError {
  if (error instanceof PennyError) return catalogueProblem(error.code, error.message);
  // Domain packages throw their own error classes; a stable code listed in the catalogue decides the answer.
  const domainCode = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof domainCode === "string" && Object.hasOwn(errorCatalogue, domainCode)) {
    return catalogueProblem(domainCode as ErrorCode, error.message);
  }
  const fastifyError: Partial<FastifyError> = typeof error === "object" && error !== null ? error : {};
  if (Array.isArray(fastifyError.validation) && fastifyError.validation.length > 0) {
    return {
      ...catalogueProblem("PENNY_VALIDATION_FAILED", ""),
      ...describeValidation(fastifyError.validation, fastifyError.validationContext),
    };
  }
  const bodyCode = fastifyError.code ? fastifyBodyErrors[fastifyError.code] : undefined;
  if (bodyCode) return catalogueProblem(bodyCode, fastifyError.message ?? "");
  const status = fastifyError.statusCode;
  // Another client error Fastify detected (a bad URL, header or method); it chose the status, we keep it.
  if (typeof status === "number" && status >= 400 && status < 500) {
    return { ...catalogueProblem("PENNY_REQUEST_REJECTED", fastifyError.message ?? ""), status };
  }
  return catalogueProblem("PENNY_INTERNAL", undefined);
}

/** The problem for `code` as the catalogue defines it, showing `message` only if the code is exposed. */
export function catalogueProblem(code: ErrorCode, message: string | undefined): ClassifiedError {
  const definition = errorCatalogue[code];
  return { code, status: definition.status, detail: definition.exposed ? message : undefined };
}
