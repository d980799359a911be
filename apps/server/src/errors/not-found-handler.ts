import type { FastifyReply, FastifyRequest } from "fastify";
import { catalogueProblem } from "./classify-error.ts";
import { sendProblem } from "./send-problem.ts";

/** Answers a request no route matches, in the same problem format as every other error. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split("?", 1)[0];
  return sendProblem(
    request,
    reply,
    catalogueProblem("PENNY_ROUTE_NOT_FOUND", `No route matches ${request.method} ${path}.`),
  );
}
