/** No such document in this tenant, or one the caller may not read (the two look the same on purpose). */
export class DocumentNotFoundError extends Error {
  override readonly name = "DocumentNotFoundError";
  readonly code = "PENNY_DOCUMENT_NOT_FOUND";
  constructor(readonly documentId: string) {
    super("No such file, or you may not read it.");
  }
}
