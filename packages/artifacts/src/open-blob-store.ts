import path from "node:path";
import type { BlobStore } from "./blob-store.ts";
import { createFsBlobStore } from "./fs-blob-store.ts";
import { createS3BlobStore } from "./s3-blob-store.ts";
import type { S3BlobStoreOptions } from "./s3-blob-store-options.ts";

/** The part of Penny's Config that chooses the blob store (`config.s3` is set when S3_BUCKET is). */
export interface BlobStoreConfig {
  s3?: S3BlobStoreOptions | undefined;
}

/**
 * The blob store the configuration asks for: the S3 bucket when `config.s3` is set, checked before it is handed
 * out so a missing bucket or refused credentials stop start-up with a clear message; otherwise files under
 * `<dataDir>/blobs`.
 */
export async function openBlobStore(config: BlobStoreConfig, dataDir: string): Promise<BlobStore> {
  if (!config.s3) return createFsBlobStore(path.join(dataDir, "blobs"));
  const store = createS3BlobStore(config.s3);
  try {
    await store.checkAccess();
  } catch (error) {
    store.destroy();
    throw error;
  }
  return store;
}
