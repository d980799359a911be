import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { roughTokenCount } from "./chunk-text.ts";
import type {
  RecordedRequest,
  ScenarioUsage,
  TestDoubleOptions,
  TestDoubleScenario,
  VendorTestDouble,
} from "./test-double-scenario.ts";
import type { AnswerScenario, VendorRoute, VendorWireFormat } from "./vendor-wire-format.ts";

/**
 * Starts a real HTTP server on a random local port that answers like the vendor described by `format`, one
 * scripted scenario per request. The vendor-specific doubles are this plus their wire format.
 */
export async function startTestDouble(
  format: VendorWireFormat,
  options: TestDoubleOptions = {},
): Promise<VendorTestDouble> {
  const queue: TestDoubleScenario[] = [...(options.scenarios ?? [])];
  const requests: RecordedRequest[] = [];
  let releaseHeld: () => void = () => {};
  let released = new Promise<void>((resolve) => {
    releaseHeld = resolve;
  });
  let markHeld: () => void = () => {};
  let reachedHold = new Promise<void>((resolve) => {
    markHeld = resolve;
  });

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => response.destroy());
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = parseBody(await readBody(request));
    const url = new URL(request.url ?? "/", "http://test-double");
    requests.push({
      method: request.method ?? "GET",
      url: `${url.pathname}${url.search}`,
      headers: flattenHeaders(request.headers),
      body,
    });
    const route = format.route(request.method ?? "GET", url, body);
    if (!route) return sendError(response, "not-found", `No route for ${request.method} ${url.pathname}`);
    const scenario = queue.shift() ?? options.defaultScenario;
    if (!scenario)
      return sendError(response, "unscripted", "The test double has no scenario for this request.");
    switch (scenario.type) {
      case "rate-limit":
        return sendError(response, "rate-limit", "Rate limit reached.", {
          "retry-after": String(scenario.retryAfterSeconds),
        });
      case "server-error":
        return sendError(response, "server-error", "The server had an error while processing your request.");
      case "cut":
        return sendCut(response, route, scenario, body);
      default:
        return sendAnswer(response, route, scenario, body);
    }
  }

  function sendError(
    response: ServerResponse,
    kind: Parameters<VendorWireFormat["errorBody"]>[0],
    message: string,
    headers: Record<string, string> = {},
  ): void {
    const error = format.errorBody(kind, message);
    response.writeHead(error.status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(error.body));
  }

  async function sendAnswer(
    response: ServerResponse,
    route: VendorRoute,
    answer: AnswerScenario,
    body: Record<string, unknown>,
  ): Promise<void> {
    const usage = answer.usage ?? defaultUsage(answer, body);
    const delayMs = answer.firstChunkDelayMs ?? options.firstChunkDelayMs ?? 0;
    if (!route.stream) {
      if (!(await waitUnlessClosed(response, delayMs))) return;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(format.responseBody(answer, route, usage)));
      return;
    }
    const frames = format.streamFrames(answer, route, usage);
    openStream(response);
    if (!(await waitUnlessClosed(response, delayMs))) return;
    const holdAt = answer.type === "text" ? answer.holdAfterChunks : undefined;
    for (const frame of frames.opening) await write(response, frame);
    for (const [index, frame] of frames.content.entries()) {
      if (index === holdAt) {
        markHeld();
        await released;
      }
      await write(response, frame);
    }
    for (const frame of frames.closing) await write(response, frame);
    response.end();
  }

  async function sendCut(
    response: ServerResponse,
    route: VendorRoute,
    scenario: Extract<TestDoubleScenario, { type: "cut" }>,
    body: Record<string, unknown>,
  ): Promise<void> {
    if (!route.stream) {
      response.socket?.destroy();
      return;
    }
    const answer: AnswerScenario = {
      type: "text",
      text: scenario.text ?? "This answer will be cut short.",
      chunkSize: scenario.chunkSize ?? 4,
    };
    const frames = format.streamFrames(answer, route, defaultUsage(answer, body));
    openStream(response);
    for (const frame of [...frames.opening, ...frames.content.slice(0, scenario.afterChunks)]) {
      await write(response, frame);
    }
    response.socket?.destroy();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${format.versionPrefix}`,
    requests,
    enqueue: (...scenarios) => {
      queue.push(...scenarios);
    },
    held: () => reachedHold,
    release: () => {
      releaseHeld();
      released = new Promise<void>((resolve) => {
        releaseHeld = resolve;
      });
      reachedHold = new Promise<void>((resolve) => {
        markHeld = resolve;
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function defaultUsage(answer: AnswerScenario, body: Record<string, unknown>): ScenarioUsage {
  const output = answer.type === "text" ? answer.text : JSON.stringify(answer.args);
  return { inputTokens: roughTokenCount(JSON.stringify(body)), outputTokens: roughTokenCount(output) };
}

function openStream(response: ServerResponse): void {
  response.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  response.flushHeaders();
}

function write(response: ServerResponse, frame: string): Promise<void> {
  return new Promise((resolve) => {
    if (response.destroyed) return resolve();
    response.write(frame, () => resolve());
  });
}

/** Waits `delayMs`, ending early if the client hangs up; false when it did. */
function waitUnlessClosed(response: ServerResponse, delayMs: number): Promise<boolean> {
  if (delayMs <= 0) return Promise.resolve(!response.destroyed);
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      response.off("close", onClose);
      resolve(!response.destroyed);
    }, delayMs);
    response.once("close", onClose);
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(text: string): Record<string, unknown> {
  if (text.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    return { unparsed: text };
  }
}

function flattenHeaders(headers: IncomingMessage["headers"]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
