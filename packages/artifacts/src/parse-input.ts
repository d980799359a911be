import type { z } from "zod";
import { ArtifactInputError } from "./errors/artifact-input-error.ts";

/** Parses the arguments of a public function with its schema, turning a failure into ArtifactInputError. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ArtifactInputError(result.error.issues);
  return result.data;
}
