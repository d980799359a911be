/** Why a share token did not resolve; only logs see the difference. */
export type ShareLinkUnavailableCode =
  | "PENNY_SHARE_LINK_UNKNOWN"
  | "PENNY_SHARE_LINK_REVOKED"
  | "PENNY_SHARE_LINK_EXPIRED";

/**
 * A share token that does not open anything. Unknown, revoked and expired tokens carry the same message so the
 * holder of a link cannot probe which one it is; the code tells them apart for the log.
 */
export class ShareLinkUnavailableError extends Error {
  override readonly name = "ShareLinkUnavailableError";
  constructor(readonly code: ShareLinkUnavailableCode) {
    super("This link is not valid or has expired.");
  }
}
