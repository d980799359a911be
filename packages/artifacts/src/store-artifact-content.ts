import type { ArtifactKind } from "@penny/db";
import type { BlobStore } from "./blob-store.ts";
import { type ArtifactSizeLimits, validateArtifactContent } from "./kinds/validate-artifact-content.ts";

/** Content as callers hand it over: text (stored as UTF-8) or bytes. */
export type ArtifactContent = string | Uint8Array;

/** Content checked and stored: its normalized mime, blob key and size. */
export interface StoredContent {
  mime: string;
  contentHash: string;
  sizeBytes: number;
}

/**
 * Validates content for its kind and only then writes it to the blob store. Runs before any row is written, so
 * invalid content never leaves a record; a blob whose row then fails is harmless (content-addressed, unreferenced).
 */
export async function storeArtifactContent(options: {
  blobStore: BlobStore;
  kind: ArtifactKind;
  mime: string;
  content: ArtifactContent;
  limits?: ArtifactSizeLimits | undefined;
}): Promise<StoredContent> {
  const bytes =
    typeof options.content === "string" ? new TextEncoder().encode(options.content) : options.content;
  const { mime } = validateArtifactContent({
    kind: options.kind,
    mime: options.mime,
    bytes,
    limits: options.limits,
  });
  const { hash, size } = await options.blobStore.put(bytes);
  return { mime, contentHash: hash, sizeBytes: size };
}
