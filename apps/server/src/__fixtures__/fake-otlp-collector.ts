import { once } from "node:events";
import { createServer, type Server } from "node:http";

/** One span as OTLP/HTTP JSON carries it, reduced to what tests read. */
export interface CollectedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
}

type AnyValue = {
  stringValue?: string;
  intValue?: number | string;
  boolValue?: boolean;
  doubleValue?: number;
};
type KeyValue = { key: string; value: AnyValue };
interface ExportTraceRequest {
  resourceSpans?: {
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: {
      spans?: (Omit<CollectedSpan, "attributes" | "resource"> & { attributes?: KeyValue[] })[];
    }[];
  }[];
}

/**
 * A test double of an OpenTelemetry collector's OTLP/HTTP receiver (JSON encoding): it accepts what an SDK
 * exports to /v1/traces and keeps the spans, so tests check real exports without a real collector.
 */
export class FakeOtlpCollector {
  readonly spans: CollectedSpan[] = [];
  private readonly server: Server;

  private constructor() {
    this.server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on("end", () => {
        if (request.method === "POST" && request.url === "/v1/traces") this.collect(JSON.parse(body));
        response.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
  }

  static async start(): Promise<FakeOtlpCollector> {
    const collector = new FakeOtlpCollector();
    collector.server.listen(0, "127.0.0.1");
    await once(collector.server, "listening");
    return collector;
  }

  get endpoint(): string {
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    this.server.close();
    await once(this.server, "close");
  }

  private collect(request: ExportTraceRequest): void {
    for (const resourceSpans of request.resourceSpans ?? []) {
      const resource = toRecord(resourceSpans.resource?.attributes);
      for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
        for (const span of scopeSpans.spans ?? []) {
          this.spans.push({ ...span, attributes: toRecord(span.attributes), resource });
        }
      }
    }
  }
}

function toRecord(attributes: KeyValue[] = []): Record<string, unknown> {
  return Object.fromEntries(
    attributes.map(({ key, value }) => [
      key,
      value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue,
    ]),
  );
}
