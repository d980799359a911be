import { z } from "zod";
import { BlobStoreOptionsInvalidError } from "./errors/blob-store-options-invalid-error.ts";

/** S3's rule for bucket names: 3–63 lowercase letters, digits, dots and hyphens, starting and ending alphanumeric. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** Prefix segments use S3's "safe" key characters only, so a key never needs escaping on any server. */
const PREFIX = /^([A-Za-z0-9!_.*'()-]+\/)*[A-Za-z0-9!_.*'()-]*$/;

export const s3BlobStoreOptionsSchema = z.object({
  /** An S3-compatible server (MinIO, Ceph, R2 …); unset means AWS S3 itself. */
  endpoint: z
    .url({ error: "must be an http:// or https:// URL" })
    .refine((value) => ["http:", "https:"].includes(new URL(value).protocol), {
      error: "must be an http:// or https:// URL",
    })
    .optional(),
  region: z.string().min(1, "must not be empty"),
  bucket: z.string().regex(BUCKET_NAME, "must be an S3 bucket name (3–63 lowercase letters, digits, . or -)"),
  accessKeyId: z.string().min(1, "must not be empty"),
  secretAccessKey: z.string().min(1, "must not be empty"),
  /** `bucket` in the path instead of the host name; most self-hosted servers need it. */
  forcePathStyle: z.boolean().default(false),
  /** A folder inside the bucket, for a bucket shared with other data ("penny/blobs"). */
  prefix: z
    .string()
    .refine((value) => PREFIX.test(value) && !value.split("/").includes(".."), {
      error: "must be folder names of letters, digits and !_.*'()- separated by /",
    })
    .transform((value) => (value === "" || value.endsWith("/") ? value : `${value}/`))
    .default(""),
});

/** How to reach the bucket; `endpoint` unset means AWS. */
export type S3BlobStoreOptions = z.input<typeof s3BlobStoreOptionsSchema>;
export type ResolvedS3BlobStoreOptions = z.output<typeof s3BlobStoreOptionsSchema>;

/** Checks the options once, at construction; throws BlobStoreOptionsInvalidError naming each bad option. */
export function parseS3BlobStoreOptions(options: S3BlobStoreOptions): ResolvedS3BlobStoreOptions {
  const parsed = s3BlobStoreOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  throw new BlobStoreOptionsInvalidError(
    parsed.error.issues.map((issue) => ({
      option: issue.path.join(".") || "options",
      message: issue.message,
    })),
  );
}
