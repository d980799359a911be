import { KnowledgeError } from "./knowledge-error.ts";

/** The bytes claim a format but cannot be read as it: truncated, damaged or not what they say. */
export class DocumentCorruptError extends KnowledgeError {
  override readonly name = "DocumentCorruptError";
  readonly code = "PENNY_DOCUMENT_CORRUPT";
  constructor(format: string, detail?: string) {
    super(
      `This ${format} file is damaged or incomplete and cannot be read${detail ? ` (${detail})` : ""}; try saving or exporting it again.`,
    );
  }
}
