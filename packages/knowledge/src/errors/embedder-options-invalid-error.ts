import { KnowledgeError } from "./knowledge-error.ts";

/** A provider embedder's settings that cannot work (for example, an unknown model with no dimensions). */
export class EmbedderOptionsInvalidError extends KnowledgeError {
  override readonly name = "EmbedderOptionsInvalidError";
  readonly code = "PENNY_EMBEDDER_OPTIONS_INVALID";
}
