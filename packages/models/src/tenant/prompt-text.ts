import { z } from "zod";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text a tenant writes into prompts: at most `max` characters, and nothing PostgreSQL cannot store (a NUL
 * character would otherwise fail the write as a server error).
 */
export function promptTextSchema(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !text.includes("\0"), "must not contain NUL characters")
    .refine((text) => !LONE_SURROGATE.test(text), "must be well-formed Unicode");
}
