/** No share link with this id in this tenant (for listing and revoking, where the caller is a member). */
export class ShareLinkNotFoundError extends Error {
  override readonly name = "ShareLinkNotFoundError";
  readonly code = "PENNY_SHARE_LINK_NOT_FOUND";
  constructor(readonly shareId: string) {
    super(`No share link ${shareId} was found.`);
  }
}
