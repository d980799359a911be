import fastifyPlugin from "fastify-plugin";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** The Prometheus registry of one app and the HTTP instruments every request updates. */
export interface Metrics {
  registry: Registry;
  httpRequestsTotal: Counter<"method" | "route" | "status">;
  httpRequestDuration: Histogram<"method" | "route" | "status">;
}

declare module "fastify" {
  interface FastifyInstance {
    /** This app's metrics; domain plugins register their own instruments on `metrics.registry`. */
    metrics: Metrics;
  }
}

/** The `route` label of requests no route matched: one value, however many URLs are probed. */
export const UNMATCHED_ROUTE = "unmatched";

/**
 * A registry per app rather than prom-client's global one, so several apps in one process (tests, or a worker
 * beside the server) never register the same metric twice.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "route", "status"] as const;
  return {
    registry,
    httpRequestsTotal: new Counter({
      name: "penny_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status code",
      labelNames,
      registers: [registry],
    }),
    httpRequestDuration: new Histogram({
      name: "penny_http_request_duration_seconds",
      help: "Time from receiving a request to finishing its response, by method, route pattern and status code",
      labelNames,
      registers: [registry],
    }),
  };
}

/**
 * Counts and times every response. The route label is the route's pattern (`/v1/things/:id`), never the raw URL,
 * so the number of series stays bounded whatever clients send.
 */
export const httpMetrics = fastifyPlugin(
  async (app) => {
    const metrics = createMetrics();
    app.decorate("metrics", metrics);
    app.addHook("onResponse", async (request, reply) => {
      const labels = {
        method: request.method,
        route: request.routeOptions.url ?? UNMATCHED_ROUTE,
        status: String(reply.statusCode),
      };
      metrics.httpRequestsTotal.inc(labels);
      metrics.httpRequestDuration.observe(labels, reply.elapsedTime / 1000);
    });
  },
  { name: "penny-http-metrics" },
);
