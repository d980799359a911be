import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the test double received. */
export interface RecordedEmbeddingRequest {
  url: string;
  authorization: string | undefined;
  body: { model?: string; input?: string[]; dimensions?: number; encoding_format?: string };
}

/** A running test double of OpenAI's embeddings API. */
export interface OpenAIEmbeddingsTestDouble {
  /** The base URL to give a client (ends in /v1). */
  baseURL: string;
  requests: RecordedEmbeddingRequest[];
  close(): Promise<void>;
}

/**
 * A test double of OpenAI's `POST /v1/embeddings` (also what OpenAI-compatible servers speak): a real local HTTP
 * server answering in the vendor's wire format. Each vector is `dimensions` long (from the request, else
 * `defaultDimensions`) and encodes the text's length and index, so tests can tell vectors apart.
 */
export async function startOpenAIEmbeddingsTestDouble(
  options: { defaultDimensions?: number; answerDimensions?: number } = {},
): Promise<OpenAIEmbeddingsTestDouble> {
  const requests: RecordedEmbeddingRequest[] = [];
  const server = createServer((request, response) => {
    const parts: Buffer[] = [];
    request.on("data", (part: Buffer) => parts.push(part));
    request.on("end", () => {
      const body = JSON.parse(
        Buffer.concat(parts).toString("utf8") || "{}",
      ) as RecordedEmbeddingRequest["body"];
      requests.push({ url: request.url ?? "", authorization: request.headers.authorization, body });
      const send = (status: number, payload: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(payload));
      };
      if (request.method !== "POST" || request.url !== "/v1/embeddings") {
        return send(404, { error: { message: "Not found", type: "invalid_request_error", code: null } });
      }
      const input = Array.isArray(body.input) ? body.input : [String(body.input ?? "")];
      const size = options.answerDimensions ?? body.dimensions ?? options.defaultDimensions ?? 8;
      send(200, {
        object: "list",
        data: input.map((text, index) => ({
          object: "embedding",
          index,
          embedding: Array.from({ length: size }, (_, position) =>
            position === 0 ? text.length : position === 1 ? index : 0,
          ),
        })),
        model: body.model ?? "",
        usage: { prompt_tokens: input.length, total_tokens: input.length },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
