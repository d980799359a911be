/** Flushes buffered spans and stops tracing; a no-op when tracing never started. */
export type StopTracing = () => Promise<void>;

// Orchestrator probes and metric scrapes arrive every few seconds and would drown the traces worth reading.
const UNTRACED_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * Whether the standard OpenTelemetry variables ask for traces: an OTLP endpoint or a traces exporter is named,
 * the exporter is not "none", and the SDK is not disabled. Without them Penny traces nothing and pays nothing.
 */
export function tracingRequested(environment: NodeJS.ProcessEnv): boolean {
  if (environment.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return false;
  const exporter = environment.OTEL_TRACES_EXPORTER?.trim();
  if (exporter === "none") return false;
  return Boolean(
    exporter || environment.OTEL_EXPORTER_OTLP_ENDPOINT || environment.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
  );
}

/**
 * Starts OpenTelemetry tracing when the environment asks for it. Exporter, protocol, sampler and batching are
 * the SDK's own reading of the standard `OTEL_*` variables; Penny only picks the service name and instruments.
 *
 * The spans come from the HTTP instrumentation rather than from Fastify hooks: it starts the span before Fastify
 * sees the request, continues an incoming `traceparent`, and makes the span the active context for everything the
 * request does, so later spans (database, model calls) nest under it. Its price is that it patches Node's `http`
 * module, which must happen before Fastify is loaded; so the CLI calls this first and imports the app afterwards.
 * The plugin in plugins/request-tracing.ts then renames each span after its route, which only Fastify knows.
 */
export async function startTracing(environment: NodeJS.ProcessEnv = process.env): Promise<StopTracing> {
  if (!tracingRequested(environment)) return async () => {};
  // Loaded only when wanted: the SDK and its exporters are many modules, and start-up time matters.
  const [{ NodeSDK }, { HttpInstrumentation }] = await Promise.all([
    import("@opentelemetry/sdk-node"),
    import("@opentelemetry/instrumentation-http"),
  ]);
  const sdk = new NodeSDK({
    serviceName: environment.OTEL_SERVICE_NAME || "penny",
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) =>
          UNTRACED_PATHS.has((request.url ?? "").split("?", 1)[0] ?? ""),
      }),
    ],
    // Penny's metrics are Prometheus' (/metrics) and its logs are JSON on stdout. The SDK would otherwise also
    // push OTLP metrics and logs by default; it still does when OTEL_METRICS_EXPORTER or OTEL_LOGS_EXPORTER is set.
    ...(environment.OTEL_METRICS_EXPORTER ? {} : { metricReaders: [] }),
    ...(environment.OTEL_LOGS_EXPORTER ? {} : { logRecordProcessors: [] }),
  });
  sdk.start();
  return () => sdk.shutdown();
}
