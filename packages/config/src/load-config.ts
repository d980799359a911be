import path from "node:path";
import { ConfigError } from "./config-error.ts";
import { decodeMasterKey, environmentSchema } from "./config-schema.ts";

/** The one typed configuration object every part of Penny receives; read once at start-up. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Unset means the embedded PGlite database inside `dataDir`. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Set when S3_BUCKET is: artifact bytes then live in this bucket instead of `<dataDir>/blobs`. */
  s3:
    | {
        endpoint: string | undefined;
        bucket: string;
        region: string;
        accessKeyId: string;
        secretAccessKey: string;
        forcePathStyle: boolean;
      }
    | undefined;
  /** Unset with the embedded database: generated into the data folder on first start. */
  masterKey: Buffer | undefined;
  demoPassword: string;
  /** Whether the demo tenants are created on first start; defaults to true with the embedded database only. */
  demo: boolean;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  publicUrl: string | undefined;
  shutdownTimeoutMs: number;
  /** `smtp://` or `smtps://`; unset keeps mail in the outbox table and logs it. */
  smtpUrl: string | undefined;
  mailFrom: string;
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "environment");
        const raw = present[variable];
        const shown = raw === undefined || /KEY|PASSWORD|SECRET|URL/.test(variable) ? "" : ` (got "${raw}")`;
        return { variable, message: `${issue.message}${shown}` };
      }),
    );
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.PENNY_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    s3: env.S3_BUCKET
      ? {
          endpoint: env.S3_ENDPOINT,
          bucket: env.S3_BUCKET,
          region: env.S3_REGION ?? "us-east-1",
          accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
          secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
          forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
        }
      : undefined,
    masterKey: env.PENNY_MASTER_KEY ? decodeMasterKey(env.PENNY_MASTER_KEY) : undefined,
    demoPassword: env.PENNY_DEMO_PASSWORD,
    demo: env.PENNY_DEMO ?? env.DATABASE_URL === undefined,
    logLevel: env.LOG_LEVEL,
    publicUrl: env.PENNY_PUBLIC_URL,
    shutdownTimeoutMs: env.PENNY_SHUTDOWN_TIMEOUT_MS,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
  };
}
