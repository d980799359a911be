/** Turns texts into vectors of one fixed size; the built-in embedder and every provider implement it. */
export interface Embedder {
  /** Stable id stored beside each chunk (chunks.embedder), so vectors of different embedders never mix. */
  id: string;
  /** What the UI shows. */
  label: string;
  dimensions: number;
  /** One vector per text, in order. */
  embed(texts: string[], signal?: AbortSignal): Promise<number[][]>;
}
