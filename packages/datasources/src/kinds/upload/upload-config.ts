import { z } from "zod";

/** A column of an uploaded table as loaded: its SQL name, the header it came from and the inferred type. */
export const uploadColumnSchema = z.object({
  name: z.string(),
  header: z.string(),
  type: z.enum(["integer", "bigint", "numeric", "date", "boolean", "text"]),
});

export type UploadColumn = z.output<typeof uploadColumnSchema>;

/** An uploaded CSV/XLSX datasource: which file (by content hash) and how it was loaded; no secret. */
export const uploadConfigSchema = z.object({
  fileId: z.uuid(),
  fileName: z.string(),
  format: z.enum(["csv", "xlsx"]),
  /** The blob store key of the file's bytes (its content hash). */
  blobKey: z.string(),
  table: z.string(),
  columns: z.array(uploadColumnSchema),
  rowCount: z.number().int(),
  rowLimit: z.number().int().min(1).max(10_000).default(1000),
  statementTimeoutMs: z.number().int().min(100).max(60_000).default(10_000),
});

export type UploadConfig = z.output<typeof uploadConfigSchema>;
