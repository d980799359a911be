/** The stable codes of the knowledge library's errors; the server's error catalogue maps each to a status. */
export type KnowledgeErrorCode =
  | "PENNY_DOCUMENT_UNSUPPORTED_TYPE"
  | "PENNY_DOCUMENT_ENCRYPTED"
  | "PENNY_DOCUMENT_CORRUPT"
  | "PENNY_DOCUMENT_ARCHIVE_TOO_LARGE"
  | "PENNY_DOCUMENT_NOT_SEARCHABLE"
  | "PENNY_TABLE_TOO_LARGE"
  | "PENNY_EMBEDDER_OPTIONS_INVALID"
  | "PENNY_EMBEDDER_RESPONSE_INVALID";

/** The base of every knowledge error: a stable code and a message written for the person who uploaded the file. */
export abstract class KnowledgeError extends Error {
  abstract readonly code: KnowledgeErrorCode;
}
