import type { LanguageModelV3 } from "@ai-sdk/provider";
import { z } from "zod";
import { ModelPolicyInvalidError } from "./model-policy-invalid-error.ts";

/** One model to try, with the label the audit log and the attempt events use. */
export interface FallbackCandidate {
  label: string;
  model: LanguageModelV3;
}

/** What happened to one try: it answered, it will be tried again, or the policy moves on to the next model. */
export interface FallbackAttemptEvent {
  label: string;
  attempt: number;
  outcome: "ok" | "retry" | "fallback";
  error?: unknown;
}

const fallbackOptionsSchema = z.object({
  /** Extra tries per candidate after the first, on retryable failures. */
  maxRetries: z.number().int().min(0).max(5),
  /** The time allowed until the first content chunk (or, for `doGenerate`, until the whole answer). */
  timeoutMs: z.number().int().min(1).max(600_000),
  /** The first backoff delay; doubled each retry. */
  baseDelayMs: z.number().int().min(0).max(60_000).default(250),
  /** The longest single wait, `retry-after` included. */
  maxDelayMs: z.number().int().min(0).max(120_000).default(10_000),
  /** All waits of one call together; once spent, failures move straight on to the next candidate. */
  maxTotalDelayMs: z.number().int().min(0).max(600_000).default(30_000),
});

export type FallbackOptions = z.input<typeof fallbackOptionsSchema> & {
  onAttempt?: (event: FallbackAttemptEvent) => void;
};

export type ResolvedFallbackOptions = z.output<typeof fallbackOptionsSchema> & {
  onAttempt?: (event: FallbackAttemptEvent) => void;
};

const candidatesSchema = z
  .array(z.object({ label: z.string().min(1).max(200), model: z.custom<LanguageModelV3>(isLanguageModel) }))
  .min(1)
  .max(20);

/** Validates the candidates and options once, when the fallback model is built. */
export function parseFallbackOptions(
  candidates: FallbackCandidate[],
  options: FallbackOptions,
): { candidates: FallbackCandidate[]; options: ResolvedFallbackOptions } {
  const parsedCandidates = candidatesSchema.safeParse(candidates);
  const parsedOptions = fallbackOptionsSchema.safeParse(options);
  if (!parsedCandidates.success || !parsedOptions.success) {
    const issues = [
      ...(parsedCandidates.success
        ? []
        : parsedCandidates.error.issues.map((issue) => prefix("candidates", issue))),
      ...(parsedOptions.success ? [] : parsedOptions.error.issues.map((issue) => prefix("options", issue))),
    ];
    throw new ModelPolicyInvalidError(issues);
  }
  return {
    candidates: parsedCandidates.data as FallbackCandidate[],
    options: { ...parsedOptions.data, ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}) },
  };
}

function isLanguageModel(value: unknown): boolean {
  const model = value as Partial<LanguageModelV3> | null;
  return typeof model?.doStream === "function" && typeof model.doGenerate === "function";
}

function prefix(root: string, issue: z.core.$ZodIssue) {
  return { path: [root, ...issue.path].join("."), message: issue.message };
}
