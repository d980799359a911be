import type { ArtifactKind } from "@penny/db";
import { ArtifactContentError } from "../errors/artifact-content-error.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The bytes as UTF-8 text (a leading byte order mark dropped); refuses anything that is not valid UTF-8. */
export function decodeUtf8(kind: ArtifactKind, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new ArtifactContentError(kind, `The ${kind} content is not valid UTF-8 text.`);
  }
}

/** The bytes parsed as JSON; refuses text that is not JSON, with the parser's message. */
export function parseJson(kind: ArtifactKind, bytes: Uint8Array): unknown {
  const text = decodeUtf8(kind, bytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ArtifactContentError(
      kind,
      `The ${kind} content is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** Whether `bytes` begin with `magic` (given as bytes or as ASCII text) at `offset`. */
export function startsWithBytes(bytes: Uint8Array, magic: readonly number[] | string, offset = 0): boolean {
  const expected = typeof magic === "string" ? [...magic].map((character) => character.charCodeAt(0)) : magic;
  if (bytes.byteLength < offset + expected.length) return false;
  return expected.every((value, index) => bytes[offset + index] === value);
}

/** Whether `value` is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
