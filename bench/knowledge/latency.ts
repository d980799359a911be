import type { KnowledgeStack } from "./knowledge-stack.ts";
import { runSearch, type SearchMode, searchModes } from "./quality.ts";
import { knowledgeQuestions } from "./questions.ts";

export interface Percentiles {
  p50: number;
  p99: number;
}

export interface LatencyBench {
  searches: number;
  /** Passages the reader may read, of all passages in the tenant. */
  readable: number;
  modes: Record<SearchMode, Percentiles>;
}

/** What each half of the hybrid search fetches before fusion (search-passages.ts), so the baselines do the same work. */
const CANDIDATES = 40;

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * Search latency as `userId`, `searches` times per mode, the question set's questions in turn; each query runs in
 * all three modes one after the other so drift hits them alike. Timed around the search call inside the transaction
 * (the reader lookup and the transaction itself are the same for every mode). A few warm-up searches go first.
 */
export async function measureLatency(
  stack: KnowledgeStack,
  userId: string,
  searches: number,
  readable: number,
): Promise<LatencyBench> {
  const samples: Record<SearchMode, number[]> = { hybrid: [], text: [], vector: [] };
  const query = (index: number) =>
    knowledgeQuestions[index % knowledgeQuestions.length]?.question ?? "stall warning";
  for (let index = 0; index < 3; index += 1)
    for (const mode of searchModes) await runSearch(stack, userId, mode, query(index), 5);
  for (let index = 0; index < searches; index += 1) {
    for (const mode of searchModes) {
      const topK = mode === "hybrid" ? 5 : CANDIDATES;
      samples[mode].push((await runSearch(stack, userId, mode, query(index), topK)).searchMs);
    }
  }
  return {
    searches,
    readable,
    modes: {
      hybrid: percentiles(samples.hybrid),
      text: percentiles(samples.text),
      vector: percentiles(samples.vector),
    },
  };
}
