import { z } from "zod";
import { postgresConfigSchema } from "./kinds/postgres/postgres-config.ts";

/** A datasource's name: what people and the model call it (`query_datasource {datasource: "sales"}`). */
export const datasourceNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, "use letters, digits, spaces, dots, dashes or underscores")
  .describe("Unique in the tenant, e.g. sales");

const limits = {
  rowLimit: z
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .describe("At most this many rows per query (1000)"),
  statementTimeoutMs: z
    .number()
    .int()
    .min(100)
    .max(60_000)
    .optional()
    .describe("A query running longer is stopped (10000 ms)"),
};

/** What creating a datasource takes, by kind; kinds that are only declared are accepted here and refused with 422. */
export const createDatasourceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("postgres"),
    name: datasourceNameSchema,
    config: postgresConfigSchema,
    password: z.string().max(1000).default("").describe("Sealed in the vault, never returned or logged"),
  }),
  z.object({
    kind: z.literal("upload"),
    name: datasourceNameSchema,
    fileId: z.uuid().describe("The uploaded CSV or XLSX file (a documents id)"),
    ...limits,
  }),
  z.object({
    kind: z.enum(["bigquery", "snowflake", "google_sheets", "s3"]),
    name: datasourceNameSchema,
    config: z.record(z.string(), z.unknown()).optional(),
  }),
]);

export type CreateDatasourceInput = z.output<typeof createDatasourceSchema>;

/** A change to a datasource: a new name, settings merged over the stored ones, a new password (rotation). */
export const updateDatasourceSchema = z.object({
  name: datasourceNameSchema.optional(),
  config: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("Fields merged over the stored settings and checked again by the kind's schema"),
  password: z
    .string()
    .max(1000)
    .optional()
    .describe("A PostgreSQL datasource's new password (rotates the secret)"),
});

export type UpdateDatasourceInput = z.output<typeof updateDatasourceSchema>;
