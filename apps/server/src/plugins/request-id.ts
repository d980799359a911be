import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import fastifyPlugin from "fastify-plugin";

export const REQUEST_ID_HEADER = "x-request-id";

// Ids travel into logs and response headers: no whitespace or control characters, so no log or header injection.
const SANE_REQUEST_ID = /^[A-Za-z0-9._~:=+/-]{1,128}$/;

/**
 * The request's id: the caller's `x-request-id` when it looks like an id (so a proxy's or client's id follows the
 * request through our logs), otherwise a fresh UUID. Used as Fastify's `genReqId`.
 */
export function resolveRequestId(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Echoes the request id on every response, errors and 404s included, so a client can quote it. */
export const requestIdHeader = fastifyPlugin(
  async (app) => {
    app.addHook("onRequest", async (request, reply) => {
      reply.header(REQUEST_ID_HEADER, request.id);
    });
  },
  { name: "penny-request-id" },
);
