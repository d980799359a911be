import { trace } from "@opentelemetry/api";
import fastifyPlugin from "fastify-plugin";

/**
 * Names the HTTP server span after the route pattern and tags it with the request id. The span itself comes from
 * OpenTelemetry's HTTP instrumentation (see tracing.ts), which only knows the raw URL; when tracing is off there is
 * no active span and this does nothing.
 */
export const requestTracing = fastifyPlugin(
  async (app) => {
    app.addHook("onRequest", async (request) => {
      const span = trace.getActiveSpan();
      if (!span) return;
      const route = request.routeOptions.url;
      if (route) {
        span.updateName(`${request.method} ${route}`);
        span.setAttribute("http.route", route);
      }
      span.setAttribute("penny.request_id", request.id);
    });
  },
  { name: "penny-request-tracing" },
);
