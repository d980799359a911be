import { createHash } from "node:crypto";
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { assertBlobKey, blobKeyOf } from "./blob-key.ts";
import type { BlobStore } from "./blob-store.ts";
import { describeS3Failure } from "./describe-s3-failure.ts";
import { parseS3BlobStoreOptions, type S3BlobStoreOptions } from "./s3-blob-store-options.ts";

/** A BlobStore in an S3 bucket, with a start-up check and a way to release its connections. */
export interface S3BlobStore extends BlobStore {
  /** Resolves when the bucket exists and the credentials may use it; throws BlobStoreUnavailableError otherwise. */
  checkAccess(): Promise<void>;
  /** Closes the client's idle connections (tests, shutdown). */
  destroy(): void;
}

/**
 * A BlobStore in an S3 bucket (AWS or any S3-compatible server). Objects sit at `<prefix>ab/cd/<hash>`, the same
 * layout as the fs store, so a data folder's `blobs/` can be copied into a bucket as it is. Uploads carry
 * Content-MD5, so the server refuses bytes damaged on the way. S3 failures become BlobStoreUnavailableError with a
 * message that names the bucket and what to check; an absent key is `null`/`false`, as in the fs store.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): S3BlobStore {
  const resolved = parseS3BlobStoreOptions(options);
  const { bucket, prefix } = resolved;
  const client = new S3Client({
    endpoint: resolved.endpoint,
    region: resolved.region,
    forcePathStyle: resolved.forcePathStyle,
    credentials: { accessKeyId: resolved.accessKeyId, secretAccessKey: resolved.secretAccessKey },
    // The SDK's default CRC checksums are headers many S3-compatible servers do not know; Content-MD5 is universal.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const where = resolved.endpoint ?? `AWS S3 in ${resolved.region}`;
  const context = (operation: string) => ({ operation, bucket, where });
  const keyOf = (hash: string) => {
    assertBlobKey(hash);
    return `${prefix}${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`;
  };

  const exists = async (key: string): Promise<boolean> => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw describeS3Failure(error, context("look up a blob"));
    }
  };

  return {
    async put(bytes) {
      const hash = blobKeyOf(bytes);
      const key = keyOf(hash);
      // Same key, same bytes: an object already there is the right content, and skipping it saves the upload.
      if (await exists(key)) return { hash, size: bytes.byteLength };
      try {
        // Two writers of the same bytes may both get here; the later PUT replaces identical content.
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: bytes,
            ContentLength: bytes.byteLength,
            ContentType: "application/octet-stream",
            ContentMD5: createHash("md5").update(bytes).digest("base64"),
          }),
        );
      } catch (error) {
        throw describeS3Failure(error, context("store a blob"));
      }
      return { hash, size: bytes.byteLength };
    },

    async get(hash) {
      const key = keyOf(hash);
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if ((error as { name?: string } | null)?.name === "NoSuchKey") return null;
        throw describeS3Failure(error, context("read a blob"));
      }
    },

    async has(hash) {
      return exists(keyOf(hash));
    },

    async checkAccess() {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }));
      } catch (error) {
        throw describeS3Failure(error, context("use the bucket"), { bucketLevel: true });
      }
    },

    destroy() {
      client.destroy();
    },
  };
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}
