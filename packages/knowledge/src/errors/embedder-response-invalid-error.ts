import { KnowledgeError } from "./knowledge-error.ts";

/** The embedding provider answered, but not with one vector of the promised size per text. */
export class EmbedderResponseInvalidError extends KnowledgeError {
  override readonly name = "EmbedderResponseInvalidError";
  readonly code = "PENNY_EMBEDDER_RESPONSE_INVALID";
}
