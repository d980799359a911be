import { KnowledgeError } from "./knowledge-error.ts";

/** The file's content is not a format Penny reads (the type comes from its bytes, not its name). */
export class UnsupportedFileTypeError extends KnowledgeError {
  override readonly name = "UnsupportedFileTypeError";
  readonly code = "PENNY_DOCUMENT_UNSUPPORTED_TYPE";
  constructor(
    /** What the file was found to be, as a person would say it ("a PNG image"). */
    readonly detected: string,
  ) {
    super(
      `This file is ${detected}; Penny can read PDF, Word (DOCX), HTML, Markdown, text, CSV and Excel (XLSX).`,
    );
  }
}
