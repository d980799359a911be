import { z } from "zod";

/** A PostgreSQL datasource's settings; the password is kept apart, sealed in the vault. */
export const postgresConfigSchema = z.object({
  host: z.string().trim().min(1).max(253).describe("Host name or IP address of the PostgreSQL server"),
  port: z.number().int().min(1).max(65535).default(5432),
  database: z.string().trim().min(1).max(63),
  user: z.string().trim().min(1).max(63).describe("A read-only role of its own is strongly advised"),
  sslmode: z.enum(["disable", "require", "verify-full"]).default("disable"),
  schema: z
    .string()
    .trim()
    .min(1)
    .max(63)
    .optional()
    .describe("Search path and schema browser limited to it"),
  rowLimit: z.number().int().min(1).max(10_000).default(1000),
  statementTimeoutMs: z.number().int().min(100).max(60_000).default(10_000),
});

export type PostgresConfig = z.output<typeof postgresConfigSchema>;

/** The sealed part of a PostgreSQL datasource. */
export const postgresSecretSchema = z.object({ password: z.string().max(1000).default("") });

export type PostgresSecret = z.output<typeof postgresSecretSchema>;
