import { KnowledgeError } from "./knowledge-error.ts";

/** A DOCX/XLSX (a zip inside) that would unpack to too much data: refused before it is unpacked. */
export class ArchiveTooLargeError extends KnowledgeError {
  override readonly name = "ArchiveTooLargeError";
  readonly code = "PENNY_DOCUMENT_ARCHIVE_TOO_LARGE";
  constructor(
    format: string,
    readonly reason: string,
  ) {
    super(`This ${format} file unpacks to too much data (${reason}), so Penny will not open it.`);
  }
}
