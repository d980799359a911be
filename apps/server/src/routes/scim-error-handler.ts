import { SCIM_CONTENT_TYPE, SCIM_ERROR_SCHEMA, ScimError, type ScimType } from "@penny/auth";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type ClassifiedError, catalogueProblem, classifyError } from "../errors/classify-error.ts";
import type { ScimErrorDocument } from "./scim-responses.ts";

/**
 * The error handler of the SCIM routes: the same catalogue decides status and what is shown as everywhere else,
 * but the body is a SCIM error document, because that is what directories parse.
 */
export function handleScimError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = classifyError(error);
  if (problem.status >= 500) {
    request.log.error({ err: error, code: problem.code }, "request failed");
  } else {
    request.log.info({ code: problem.code, detail: problem.detail }, "request rejected");
  }
  return sendScimError(request, reply, problem, error instanceof ScimError ? error.scimType : undefined);
}

/** Answers a path under /scim/v2 that names no route, in the SCIM error format. */
export function handleScimNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split("?", 1)[0];
  const problem = catalogueProblem(
    "PENNY_ROUTE_NOT_FOUND",
    `No SCIM endpoint matches ${request.method} ${path}.`,
  );
  return sendScimError(request, reply, problem, undefined);
}

function sendScimError(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ClassifiedError,
  scimType: ScimType | undefined,
): FastifyReply {
  const type = scimType ?? fallbackScimType(problem);
  if (problem.status === 401) reply.header("www-authenticate", 'Bearer realm="Penny SCIM"');
  const document: ScimErrorDocument = {
    schemas: [SCIM_ERROR_SCHEMA],
    status: String(problem.status),
    ...(type ? { scimType: type } : {}),
    detail: problem.detail ?? `An unexpected error occurred; reference ${request.id}`,
  };
  return reply.code(problem.status).type(SCIM_CONTENT_TYPE).send(document);
}

/** A body Fastify or the route schema refused is a syntax or value mistake in SCIM's words. */
function fallbackScimType(problem: ClassifiedError): ScimType | undefined {
  if (problem.code === "PENNY_VALIDATION_FAILED") return "invalidValue";
  if (problem.code === "PENNY_MALFORMED_BODY") return "invalidSyntax";
  return undefined;
}
