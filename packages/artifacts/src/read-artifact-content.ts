import type { Database } from "@penny/db";
import type { BlobStore } from "./blob-store.ts";
import { ArtifactContentMissingError } from "./errors/artifact-content-missing-error.ts";
import { getArtifact } from "./get-artifact.ts";
import { isUntrustedMarkup } from "./kinds/validate-artifact-content.ts";

/** The bytes of one artifact version, with what a route needs to serve them. */
export interface ArtifactContentRead {
  bytes: Uint8Array;
  mime: string;
  contentHash: string;
  version: number;
  /** Active markup (SVG): serve as an attachment or from a sandboxed origin, never inline on Penny's origin. */
  untrustedMarkup: boolean;
}

/** Reads a version's content (the latest by default); ArtifactNotFoundError when it is not this tenant's. */
export async function readArtifactContent(options: {
  database: Database;
  blobStore: BlobStore;
  tenantId: string;
  artifactId: string;
  version?: number;
}): Promise<ArtifactContentRead> {
  const artifact = await getArtifact(options);
  const bytes = await options.blobStore.get(artifact.contentHash);
  // A row without its blob means the blob store lost data (or points at another store): an operator problem.
  if (!bytes) throw new ArtifactContentMissingError(artifact.id, artifact.contentHash);
  return {
    bytes,
    mime: artifact.mime,
    contentHash: artifact.contentHash,
    version: artifact.version,
    untrustedMarkup: isUntrustedMarkup(artifact.kind, artifact.mime),
  };
}
