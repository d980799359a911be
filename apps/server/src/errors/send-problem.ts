import type { FastifyReply, FastifyRequest } from "fastify";
import type { ClassifiedError } from "./classify-error.ts";
import { errorCatalogue, problemType } from "./error-catalogue.ts";
import { PROBLEM_CONTENT_TYPE, type ProblemDocument } from "./problem-document.ts";

/** Answers with an RFC 9457 problem document; the one place every 4xx and 5xx body is written. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ClassifiedError,
): FastifyReply {
  const document: ProblemDocument = {
    type: problemType(problem.code),
    title: errorCatalogue[problem.code].title,
    status: problem.status,
    detail: problem.detail ?? `An unexpected error occurred; reference ${request.id}`,
    // The path only: a query string may carry a token, and the document is echoed to whoever asked.
    instance: request.url.split("?", 1)[0] ?? "/",
    code: problem.code,
    requestId: request.id,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(document);
}
