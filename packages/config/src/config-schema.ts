import { z } from "zod";

const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

const optionalUrl = (protocols: string[]) =>
  z
    .url({ error: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}` })
    .refine((value) => protocols.includes(new URL(value).protocol), {
      error: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`,
    })
    .optional();

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** 32 random bytes, base64 or hex; the root of envelope encryption for stored secrets. */
const masterKey = z
  .string()
  .refine((value) => decodeMasterKey(value) !== undefined, {
    error: "must be 32 bytes encoded as base64 (44 characters) or hex (64 characters)",
  })
  .optional();

export function decodeMasterKey(value: string): Buffer | undefined {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (/^[A-Za-z0-9+/]{43}=?$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed, "base64");
    return bytes.length === 32 ? bytes : undefined;
  }
  return undefined;
}

/**
 * The environment variables Penny reads, with their defaults. Unset and empty values mean the same thing,
 * so `FOO=` in a shell does not override a default with an empty string.
 */
export const environmentSchema = z
  .object({
    PORT: port.default(8080),
    HOST: z.string().min(1).default("0.0.0.0"),
    PENNY_DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_URL: optionalUrl(["postgres:", "postgresql:"]),
    REDIS_URL: optionalUrl(["redis:", "rediss:"]),
    S3_ENDPOINT: optionalUrl(["http:", "https:"]),
    S3_BUCKET: z.string().min(3, "must be a bucket name of at least 3 characters").optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: booleanFlag.default(false),
    PENNY_MASTER_KEY: masterKey,
    PENNY_DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").default("penny-demo"),
    PENNY_DEMO: booleanFlag.optional(),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
    PENNY_PUBLIC_URL: optionalUrl(["http:", "https:"]),
    SMTP_URL: optionalUrl(["smtp:", "smtps:"]),
    MAIL_FROM: z
      .string()
      .min(3, "must be an address like Penny <penny@example.com>")
      .default("Penny <penny@localhost>"),
    PENNY_SHUTDOWN_TIMEOUT_MS: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(0, "must not be negative")
      .default(10_000),
  })
  .superRefine((env, context) => {
    if (env.DATABASE_URL && !env.PENNY_MASTER_KEY) {
      context.addIssue({
        code: "custom",
        path: ["PENNY_MASTER_KEY"],
        message:
          "is required when DATABASE_URL is set (generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\")",
      });
    }
    const s3Set = env.S3_ENDPOINT || env.S3_ACCESS_KEY_ID || env.S3_SECRET_ACCESS_KEY;
    if (s3Set && !env.S3_BUCKET) {
      context.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: "is required when any S3_* setting is set",
      });
    }
    if (env.S3_BUCKET && (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)) {
      context.addIssue({
        code: "custom",
        path: [env.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
        message: "is required when S3_BUCKET is set",
      });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;
