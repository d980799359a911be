import { BlobStoreUnavailableError } from "./errors/blob-store-unavailable-error.ts";

/** Where a failed request went, for a message an operator can act on. */
export interface S3RequestContext {
  /** What the store was doing: "store", "read", "look up", "check access to". */
  operation: string;
  bucket: string;
  /** The endpoint URL, or a description of AWS's own ("AWS S3 in eu-west-1"). */
  where: string;
}

const credentialCodes = new Set([
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "AccessDenied",
  "InvalidToken",
  "ExpiredToken",
]);
const networkCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
]);

interface SdkFailure {
  name?: string;
  code?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
}

/**
 * Turns an S3 client failure into a BlobStoreUnavailableError saying what is wrong in the operator's terms. HEAD
 * requests carry no error body, so a bare 404 or 403 from one is read by its status (`bucketLevel` says whether a
 * 404 means the bucket itself is missing).
 */
export function describeS3Failure(
  error: unknown,
  context: S3RequestContext,
  options: { bucketLevel?: boolean } = {},
): BlobStoreUnavailableError {
  if (error instanceof BlobStoreUnavailableError) return error;
  const failure = (typeof error === "object" && error !== null ? error : {}) as SdkFailure;
  const code = failure.Code ?? failure.name ?? "";
  const status = failure.$metadata?.httpStatusCode;
  const bucket = `bucket "${context.bucket}" at ${context.where}`;
  if (code === "NoSuchBucket" || (options.bucketLevel && status === 404)) {
    return new BlobStoreUnavailableError(
      "bucket-missing",
      `The S3 ${bucket} does not exist: create it or correct S3_BUCKET.`,
      { cause: error },
    );
  }
  if (credentialCodes.has(code) || status === 403 || status === 401) {
    const shown = credentialCodes.has(code) ? code : `HTTP ${status}`;
    return new BlobStoreUnavailableError(
      "access-denied",
      `S3 refused to ${context.operation} in ${bucket} (${shown}): check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the bucket's policy.`,
      { cause: error },
    );
  }
  const networkCode = failure.code && networkCodes.has(failure.code) ? failure.code : undefined;
  if (networkCode || code === "TimeoutError") {
    return new BlobStoreUnavailableError(
      "unreachable",
      `The S3 endpoint ${context.where} cannot be reached (${networkCode ?? code}): check S3_ENDPOINT and the network.`,
      { cause: error },
    );
  }
  const detail = [code || "unknown error", status ? `HTTP ${status}` : undefined].filter(Boolean).join(", ");
  return new BlobStoreUnavailableError(
    "failed",
    `S3 could not ${context.operation} in ${bucket} (${detail}).`,
    { cause: error },
  );
}
