import type { FastifyReply, FastifyRequest } from "fastify";
import { classifyError } from "./classify-error.ts";
import { sendProblem } from "./send-problem.ts";

/**
 * Fastify's error handler for the whole app: every thrown error becomes a problem document. Server errors are
 * logged with everything (stack, cause) because the client only gets a reference to this log line.
 */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = classifyError(error);
  // A rate limit says when to come back (RFC 9110 Retry-After, in seconds).
  const retryAfterSeconds = (error as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  if (problem.status === 429 && typeof retryAfterSeconds === "number") {
    reply.header("retry-after", String(Math.max(1, Math.ceil(retryAfterSeconds))));
  }
  if (problem.status >= 500) {
    request.log.error({ err: error, code: problem.code }, "request failed");
  } else {
    request.log.info({ code: problem.code, detail: problem.detail }, "request rejected");
  }
  return sendProblem(request, reply, problem);
}
