import type { OutFile } from "@penny/sandbox";

/** The artifact kind a file from out/ becomes, by its media type; null when Penny has no kind that shows it. */
export function outFileKind(file: OutFile): "image" | "table" | "document" | null {
  if (["image/png", "image/jpeg", "image/gif", "image/svg+xml"].includes(file.mime)) return "image";
  if (file.mime === "text/csv") return "table";
  // HTML is stored as a document, which Penny serves only from its sandboxed origin or as a download.
  if (file.mime === "text/html" || file.mime === "application/pdf") return "document";
  return null;
}
