/** The model size a request calls for. */
export type ModelSize = "small" | "large";

export interface ComplexityContext {
  /** Tools offered to the model on this request. */
  toolCount?: number;
  /** Messages already in the conversation. */
  historyLength?: number;
}

export interface ComplexityEstimate {
  size: ModelSize;
  /** What pushed the estimate up, for the audit log (`long`, `several questions`, `reasoning`, `code`…). */
  signals: string[];
}

// Matched on text lower-cased and stripped of accents, so "por qué" and "análisis" match as "por que", "analisis".
const REASONING =
  /\b(compar\w*|why|explain\w*|analy[sz]\w*|analiza\w*|analisis|evaluat\w*|evalua\w*|trade-?offs?|pros and cons|step by step|prove|derive|por que|explica\w*|ventajas|desventajas|pourquoi|expliqu\w*)\b/;
/** A fenced block, or a line that starts like code does. */
const CODE =
  /```|^\s*(def|function|class|import|from|const|let|var|select|public|private|#include)\b.*[;{(:=]/im;
const LONG_TEXT = 600;
const MEDIUM_TEXT = 200;

/** Guesses from cheap signals whether a small model will do or the request deserves a large one. */
export function estimateComplexity(text: string, context: ComplexityContext = {}): ModelSize {
  return explainComplexity(text, context).size;
}

/** `estimateComplexity` with the signals that decided it. Two points or more call for a large model. */
export function explainComplexity(text: string, context: ComplexityContext = {}): ComplexityEstimate {
  const normalized = text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
  const signals: [string, number][] = [];
  if (text.length > LONG_TEXT) signals.push(["long", 2]);
  else if (text.length > MEDIUM_TEXT) signals.push(["medium length", 1]);
  if ((text.match(/\?/g)?.length ?? 0) >= 2) signals.push(["several questions", 1]);
  if (REASONING.test(normalized)) signals.push(["reasoning", 2]);
  if (CODE.test(text)) signals.push(["code", 2]);
  if ((context.toolCount ?? 0) >= 5) signals.push(["many tools", 1]);
  if ((context.historyLength ?? 0) >= 12) signals.push(["long history", 1]);
  const score = signals.reduce((sum, [, points]) => sum + points, 0);
  return { size: score >= 2 ? "large" : "small", signals: signals.map(([name]) => name) };
}
