import { fileNameFrom } from "./data-table/table-files.ts";

/** File extensions for the media types Penny stores most; others download without one. */
const EXTENSIONS: Record<string, string> = {
  "text/csv": "csv",
  "text/markdown": "md",
  "text/plain": "txt",
  "text/html": "html",
  "image/png": "png",
  "image/svg+xml": "svg",
  "application/pdf": "pdf",
  "application/vnd.apache.parquet": "parquet",
};

/** A download name for an artifact version: its title, then the extension its media type calls for. */
export function artifactFileName(artifact: { title: string; mime: string }): string {
  const extension = EXTENSIONS[artifact.mime] ?? (artifact.mime.includes("json") ? "json" : "bin");
  return fileNameFrom(artifact.title, extension);
}
