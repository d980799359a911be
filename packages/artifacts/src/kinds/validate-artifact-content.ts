import type { ArtifactKind } from "@penny/db";
import { ArtifactTooLargeError } from "../errors/artifact-too-large-error.ts";
import { normalizeMime } from "../mime.ts";
import { artifactKindRegistry } from "./artifact-kind-registry.ts";

/** Per-kind size caps that replace the kinds' defaults. */
export type ArtifactSizeLimits = Partial<Record<ArtifactKind, number>>;

/** What validation learned about content that passed. */
export interface ValidatedContent {
  /** The mime type as stored (normalized). */
  mime: string;
  /** Active markup (SVG): serve as a download or from a sandboxed origin, never inline. */
  untrustedMarkup: boolean;
}

/** Checks size, mime and bytes for `kind`; throws an ArtifactContentError (or subclass) on the first problem. */
export function validateArtifactContent(options: {
  kind: ArtifactKind;
  mime: string;
  bytes: Uint8Array;
  limits?: ArtifactSizeLimits | undefined;
}): ValidatedContent {
  const definition = artifactKindRegistry[options.kind];
  const mime = normalizeMime(options.mime);
  const maxBytes = options.limits?.[options.kind] ?? definition.maxBytes;
  if (options.bytes.byteLength > maxBytes) {
    throw new ArtifactTooLargeError(options.kind, options.bytes.byteLength, maxBytes);
  }
  definition.validate(options.bytes, mime);
  return { mime, untrustedMarkup: isUntrustedMarkup(options.kind, mime) };
}

/** Whether content of this kind and mime is active markup that must not be served inline. */
export function isUntrustedMarkup(kind: ArtifactKind, mime: string): boolean {
  return artifactKindRegistry[kind].untrustedMarkupMimes?.includes(normalizeMime(mime)) ?? false;
}
