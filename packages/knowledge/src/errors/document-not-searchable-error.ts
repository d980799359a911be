import { KnowledgeError } from "./knowledge-error.ts";

/** CSV and Excel files become queryable tables, not searchable passages. */
export class DocumentNotSearchableError extends KnowledgeError {
  override readonly name = "DocumentNotSearchableError";
  readonly code = "PENNY_DOCUMENT_NOT_SEARCHABLE";
  constructor(format: string) {
    super(`A ${format} file is a table, not a document to search; add it as a table (data source) instead.`);
  }
}
