import { builtinEmbedder, readerFor, searchPassages } from "@penny/knowledge";
import type { ReadFixture } from "./corpus.ts";
import type { KnowledgeStack } from "./knowledge-stack.ts";
import { type KnowledgeQuestion, knowledgeQuestions } from "./questions.ts";
import { type SearchedPassage, searchByText, searchByVector } from "./single-searches.ts";

export const searchModes = ["hybrid", "text", "vector"] as const;
export type SearchMode = (typeof searchModes)[number];

export interface ModeQuality {
  /** Share of questions with the right passage (right place, answer in it) among the top 5. */
  recallAt5: number;
  /** Share of questions whose first passage is from the right document and page (or heading). */
  citationAccuracy: number;
  /** The questions the mode missed in its top 5. */
  misses: string[];
}

export interface QualityBench {
  questions: number;
  spanish: number;
  modes: Record<SearchMode, ModeQuality>;
}

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** Whether `passage` is from the question's document, on its page (paged formats) or under its heading. */
function rightPlace(
  passage: { document: string; page: number | null; heading: string | null },
  question: KnowledgeQuestion,
) {
  if (passage.document !== question.document) return false;
  if (question.page !== undefined) return passage.page === question.page;
  return (passage.heading ?? "").toLowerCase().includes((question.heading ?? "").toLowerCase());
}

function answers(passage: SearchedPassage, question: KnowledgeQuestion) {
  return rightPlace(passage, question) && normalize(passage.text).includes(normalize(question.evidence));
}

/**
 * Checks every question against the extracted text: some chunk of its document, at its page or heading, must hold
 * its evidence. Throws naming the first that does not, so the evaluation never scores against a guessed location.
 */
export function checkQuestions(fixtures: ReadFixture[], questions = knowledgeQuestions): void {
  for (const question of questions) {
    const fixture = fixtures.find((entry) => entry.file === question.document);
    const found = fixture?.chunks.some((chunk) =>
      answers({ chunkId: "", document: question.document, ...chunk }, question),
    );
    if (!found)
      throw new Error(
        `Question "${question.question}": "${question.evidence}" is not at the place it names.`,
      );
  }
}

/** Runs one search as `userId` in `stack`'s first tenant, in one transaction, as the search tool does. */
export async function runSearch(
  stack: KnowledgeStack,
  userId: string,
  mode: SearchMode,
  query: string,
  topK: number,
): Promise<{ passages: SearchedPassage[]; searchMs: number }> {
  return stack.database.withTenant(stack.people.acme.tenantId, async (tx) => {
    const reader = await readerFor(tx, userId);
    if (!reader) throw new Error("The bench reader is not a member of the tenant.");
    const input = { reader, query, embedder: builtinEmbedder, vectorIndex: stack.vectorIndex, topK };
    const started = performance.now();
    const passages =
      mode === "hybrid"
        ? await searchPassages(tx, input)
        : mode === "text"
          ? await searchByText(tx, input)
          : await searchByVector(tx, input);
    return { passages, searchMs: performance.now() - started };
  });
}

/** recall@5 and citation accuracy of each search mode over the question set, as `userId`. */
export async function measureQuality(
  stack: KnowledgeStack,
  userId: string,
  questions = knowledgeQuestions,
): Promise<QualityBench> {
  const modes = {} as Record<SearchMode, ModeQuality>;
  for (const mode of searchModes) {
    let found = 0;
    let cited = 0;
    const misses: string[] = [];
    for (const question of questions) {
      const { passages } = await runSearch(stack, userId, mode, question.question, 5);
      if (passages.some((passage) => answers(passage, question))) found += 1;
      else misses.push(question.question);
      if (passages[0] && rightPlace(passages[0], question)) cited += 1;
    }
    modes[mode] = { recallAt5: found / questions.length, citationAccuracy: cited / questions.length, misses };
  }
  return {
    questions: questions.length,
    spanish: questions.filter((question) => question.language === "es").length,
    modes,
  };
}
