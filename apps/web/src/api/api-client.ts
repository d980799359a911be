import { ApiError, apiErrorFrom, NETWORK_ERROR_CODE } from "./api-error.ts";

type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * Talks to Penny on the same origin with the session cookie. Writes carry the CSRF token the session handed out at
 * sign-in (or GET /v1/me); failures become ApiErrors with the problem document's words.
 */
export class ApiClient {
  #csrfToken: string | undefined;
  #onUnauthenticated: (() => void) | undefined;

  /** Remembers the token to send as x-csrf-token on writes. */
  setCsrfToken(token: string | undefined): void {
    this.#csrfToken = token;
  }

  /** Called when a request answers 401 after sign-in (the session ended elsewhere). */
  onUnauthenticated(listener: (() => void) | undefined): void {
    this.#onUnauthenticated = listener;
  }

  /** Headers every write needs; the chat transport adds them to its own requests. */
  writeHeaders(): Record<string, string> {
    return this.#csrfToken ? { "x-csrf-token": this.#csrfToken } : {};
  }

  /** Sends a request and returns the response as is, or throws an ApiError for a failure status. */
  async fetch(method: string, path: string, options: RequestOptions & { headers?: HeadersInit } = {}) {
    const headers = new Headers(options.headers);
    if (!SAFE_METHODS.has(method)) {
      for (const [name, value] of Object.entries(this.writeHeaders())) headers.set(name, value);
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await fetch(withQuery(path, options.query), {
        method,
        headers,
        body,
        credentials: "same-origin",
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new ApiError({ status: 0, code: NETWORK_ERROR_CODE, message: "Penny cannot be reached." });
    }
    if (!response.ok) {
      const failure = await apiErrorFrom(response);
      if (failure.status === 401 && !path.startsWith("/v1/auth/")) this.#onUnauthenticated?.();
      throw failure;
    }
    return response;
  }

  /** A JSON request; 204 answers resolve to undefined. */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.fetch(method, path, options);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  get<T>(path: string, options?: Omit<RequestOptions, "body">) {
    return this.request<T>("GET", path, options);
  }
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, "body">) {
    return this.request<T>("POST", path, { ...options, body });
  }
  patch<T>(path: string, body: unknown) {
    return this.request<T>("PATCH", path, { body });
  }
  put<T>(path: string, body: unknown) {
    return this.request<T>("PUT", path, { body });
  }
  delete<T>(path: string) {
    return this.request<T>("DELETE", path);
  }
}

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
