import type { ScenarioUsage, TestDoubleScenario } from "./test-double-scenario.ts";

/** The answer scenarios a wire format renders; errors and cuts are handled by the server around it. */
export type AnswerScenario = Extract<TestDoubleScenario, { type: "text" | "tool-call" }>;

/** A request the vendor serves: which model, and whether the client asked for a stream. */
export interface VendorRoute {
  model: string;
  stream: boolean;
  /** The parsed request body, for details that change the answer (OpenAI's `stream_options`). */
  body: Record<string, unknown>;
}

/**
 * A streamed answer as server-sent event frames: what opens the stream, one frame per content chunk, and what
 * closes it. A `cut` scenario sends the opening and some content frames, then drops the connection.
 */
export interface StreamFrames {
  opening: string[];
  content: string[];
  closing: string[];
}

export type VendorErrorKind = "rate-limit" | "server-error" | "not-found" | "unscripted";

/** How one vendor's API looks on the wire: its routes, its streamed frames, its bodies and its error JSON. */
export interface VendorWireFormat {
  /** The version prefix the SDK's base URL carries, e.g. `/v1`. */
  versionPrefix: string;
  /** The route a request maps to, or undefined for a path the vendor does not serve. */
  route(method: string, url: URL, body: Record<string, unknown>): VendorRoute | undefined;
  /** The frames of a streamed answer. */
  streamFrames(answer: AnswerScenario, route: VendorRoute, usage: ScenarioUsage): StreamFrames;
  /** The JSON body of a non-streamed answer. */
  responseBody(answer: AnswerScenario, route: VendorRoute, usage: ScenarioUsage): unknown;
  /** The vendor's error JSON and HTTP status. */
  errorBody(kind: VendorErrorKind, message: string): { status: number; body: unknown };
}

/** One server-sent event frame with JSON data and an optional event name. */
export function sseFrame(data: unknown, event?: string): string {
  const payload = typeof data === "string" ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ""}data: ${payload}\n\n`;
}
