import type { ArtifactKind } from "@penny/db";

export const MEGABYTE = 1024 * 1024;

/** What Penny knows about one kind of artifact: which mime types it takes and how to check the bytes. */
export interface ArtifactKindDefinition<K extends ArtifactKind = ArtifactKind> {
  kind: K;
  /** Accepted mime types, normalized; one ending in `*` (`text/x-*`) accepts any subtype with that prefix. */
  mimes: readonly string[];
  /** Largest content accepted, in bytes, unless the caller sets another limit. */
  maxBytes: number;
  /** Mime types whose content is active markup (SVG): serve it only as a download or from a sandboxed origin. */
  untrustedMarkupMimes?: readonly string[];
  /** Throws ArtifactContentError, with a message a person can act on, when `bytes` are not valid for `mime`. */
  validate(bytes: Uint8Array, mime: string): void;
}
