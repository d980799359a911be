import { KnowledgeError } from "./knowledge-error.ts";

/** A password-protected document: Penny cannot read it without the password. */
export class DocumentEncryptedError extends KnowledgeError {
  override readonly name = "DocumentEncryptedError";
  readonly code = "PENNY_DOCUMENT_ENCRYPTED";
  constructor(format: string) {
    super(`This ${format} is protected by a password; remove the protection and upload it again.`);
  }
}
