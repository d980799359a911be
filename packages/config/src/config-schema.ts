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

/** The S3 settings that only mean something together with S3_BUCKET. */
const s3Settings = [
  "S3_ENDPOINT",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
] as const;

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
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
        error: "must be an S3 bucket name: 3 to 63 lowercase letters, digits, dots or hyphens",
      })
      .optional(),
    // No defaults here: an S3 setting given without S3_BUCKET must be seen (below); loadConfig fills them in.
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]+$/, { error: "must be a region name such as us-east-1" })
      .optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: booleanFlag.optional(),
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
    // The blob store moves to S3 only when S3_BUCKET is set: any other S3 setting alone is a half-done setup.
    const s3Given = s3Settings.filter((name) => env[name] !== undefined);
    if (s3Given.length > 0 && !env.S3_BUCKET) {
      context.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: `is required when any S3_* setting is set (set: ${s3Given.join(", ")})`,
      });
    }
    for (const name of ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (env.S3_BUCKET && !env[name]) {
        context.addIssue({ code: "custom", path: [name], message: "is required when S3_BUCKET is set" });
      }
    }
  });

export type Environment = z.infer<typeof environmentSchema>;
