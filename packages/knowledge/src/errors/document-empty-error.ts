/** Extraction found no text at all (a scanned PDF without a text layer, an empty file). */
export class DocumentEmptyError extends Error {
  override readonly name = "DocumentEmptyError";
  readonly code = "PENNY_DOCUMENT_EMPTY";
  constructor() {
    super(
      "No text was found in this file. If it is a scan, it needs a text layer (OCR) first: Penny does not read images of text.",
    );
  }
}
