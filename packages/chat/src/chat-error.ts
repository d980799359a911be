/** Codes of the chat errors; the server's error catalogue maps each to an HTTP status. */
export const chatErrorCodes = [
  "PENNY_CONVERSATION_NOT_FOUND",
  "PENNY_MESSAGE_NOT_FOUND",
  "PENNY_BRANCH_INVALID",
  "PENNY_RUN_ACTIVE",
  "PENNY_RUN_NOT_FOUND",
  "PENNY_APPROVAL_NOT_FOUND",
  "PENNY_APPROVAL_DECIDED",
  "PENNY_APPROVAL_EXPIRED",
] as const;
export type ChatErrorCode = (typeof chatErrorCodes)[number];

/** A chat request that cannot be served as asked: an unknown conversation, a run already going, a decided approval. */
export class ChatError extends Error {
  override readonly name = "ChatError";
  constructor(
    readonly code: ChatErrorCode,
    message: string,
  ) {
    super(message);
  }
}
