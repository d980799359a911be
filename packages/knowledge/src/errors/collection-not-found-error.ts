/** No such collection in this tenant, or one the caller may not read. */
export class CollectionNotFoundError extends Error {
  override readonly name = "CollectionNotFoundError";
  readonly code = "PENNY_COLLECTION_NOT_FOUND";
  constructor(readonly collection: string) {
    super(`No collection "${collection}" that you can read.`);
  }
}
