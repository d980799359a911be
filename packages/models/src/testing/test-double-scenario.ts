/** Token counts a test double reports; computed from the request and the answer when a scenario leaves them out. */
export interface ScenarioUsage {
  inputTokens: number;
  outputTokens: number;
}

/**
 * What a vendor test double does with one request. Scenarios are consumed in order, one per request, so a test
 * scripts a conversation (`rate-limit` then `text`) exactly.
 */
export type TestDoubleScenario =
  | {
      type: "text";
      text: string;
      /** Characters per streamed chunk; the whole text in one chunk when unset. */
      chunkSize?: number;
      usage?: ScenarioUsage;
      /** Overrides the double's `firstChunkDelayMs` for this request. */
      firstChunkDelayMs?: number;
      /**
       * Streams this many content chunks, then holds the stream open until `release()` is called: a model that is
       * still answering, for tests that act mid-stream without depending on time.
       */
      holdAfterChunks?: number;
    }
  | {
      type: "tool-call";
      name: string;
      args: Record<string, unknown>;
      /** The vendor's tool call id; generated when unset. */
      id?: string;
      usage?: ScenarioUsage;
      firstChunkDelayMs?: number;
    }
  /** HTTP 429 with the vendor's error body and a `retry-after` header. */
  | { type: "rate-limit"; retryAfterSeconds: number }
  /** HTTP 500 with the vendor's error body. */
  | { type: "server-error" }
  /** Streams `text` and destroys the socket after `afterChunks` chunks, as a dropped connection would. */
  | { type: "cut"; afterChunks: number; text?: string; chunkSize?: number };

/** One request a test double received, so a test can assert what the client sent. */
export interface RecordedRequest {
  method: string;
  /** The path with its query string, e.g. `/v1beta/models/gemini:streamGenerateContent?alt=sse`. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The parsed JSON body. */
  body: Record<string, unknown>;
}

export interface TestDoubleOptions {
  /** Scenarios to serve first, in order. */
  scenarios?: TestDoubleScenario[];
  /** Served when the queue is empty; without it an unscripted request gets a 500. */
  defaultScenario?: TestDoubleScenario;
  /** Waits this long after the response headers before the first chunk (the benchmark's slow model). */
  firstChunkDelayMs?: number;
}

/** A running vendor test double. */
export interface VendorTestDouble {
  /** The base URL to hand to the provider settings (it already contains the vendor's version prefix). */
  baseUrl: string;
  /** Every request received so far, oldest first. */
  requests: RecordedRequest[];
  /** Appends scenarios to the queue. */
  enqueue(...scenarios: TestDoubleScenario[]): void;
  /** Resolves when a held stream (`holdAfterChunks`) has reached its hold point. */
  held(): Promise<void>;
  /** Lets every held stream go on to its end. */
  release(): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}
