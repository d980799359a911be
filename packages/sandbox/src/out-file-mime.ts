const mimeByExtension: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  html: "text/html",
  htm: "text/html",
  json: "application/json",
  txt: "text/plain",
  md: "text/markdown",
  pdf: "application/pdf",
};

/** The media type of a file the script wrote, from its extension (the bytes are untrusted either way). */
export function outFileMime(name: string): string {
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  return mimeByExtension[extension] ?? "application/octet-stream";
}
