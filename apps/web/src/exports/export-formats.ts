/** The formats a whole conversation exports in (the server's conversationExportFormats). */
export const conversationFormats = ["zip", "pdf", "markdown", "json"] as const;

export type ExportFormat =
  | (typeof conversationFormats)[number]
  | "svg"
  | "png"
  | "csv"
  | "xlsx"
  | "parquet"
  | "native";

/**
 * The formats an artifact exports in, as the server's exportFormatsFor decides them; the server refuses any other
 * with a message, so a mismatch shows as words, never as a broken file.
 */
export function artifactFormats(kind: string, mime: string): ExportFormat[] {
  if (kind === "chart") return ["svg", "png", "native"];
  if (kind === "table") return mime === "text/csv" ? ["csv", "xlsx", "parquet"] : ["parquet"];
  if (kind === "markdown" || mime.startsWith("text/markdown")) return ["pdf", "native"];
  return ["native"];
}
