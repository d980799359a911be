import { z } from "zod";

/** A cached answer as stored: plain JSON (see `toCacheJson`), either the parts of a stream or a generate result. */
export const cachedResponseSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("stream"),
    model: z.string(),
    parts: z.array(z.looseObject({ type: z.string() })),
  }),
  z.object({
    kind: z.literal("generate"),
    model: z.string(),
    result: z.looseObject({ content: z.array(z.looseObject({ type: z.string() })) }),
  }),
]);

export type CachedResponse = z.infer<typeof cachedResponseSchema>;
export type CachedStream = Extract<CachedResponse, { kind: "stream" }>;
export type CachedGenerate = Extract<CachedResponse, { kind: "generate" }>;

/** Where cached answers live. Implementations are scoped to one tenant when they are built. */
export interface ResponseCacheStore {
  /** The unexpired answer stored under `key`, if any. */
  get(key: string): Promise<CachedResponse | undefined>;
  /** Stores (or replaces) the answer under `key` until `expiresAt`. */
  set(key: string, value: CachedResponse, expiresAt: Date): Promise<void>;
}
