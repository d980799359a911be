const extensionByMime: Record<string, string> = {
  "text/csv": "csv",
  "application/json": "json",
  "text/plain": "txt",
  "text/markdown": "md",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/svg+xml": "svg",
  "application/pdf": "pdf",
  "application/vnd.apache.parquet": "parquet",
  "text/html": "html",
};

/**
 * The name an input artifact gets in the job's in/ folder: its title reduced to safe characters, with the
 * extension of its media type, made unique among the names already taken.
 */
export function inputFileName(title: string, mime: string, taken: Set<string>): string {
  const extension = extensionByMime[mime.split(";")[0]?.trim() ?? ""] ?? "bin";
  const base =
    title
      .replace(/\.[A-Za-z0-9]{1,8}$/, "")
      .replace(/[^A-Za-z0-9_-]+/g, "_")
      .replace(/^[_-]+|_+$/g, "")
      .slice(0, 60) || "input";
  let name = `${base}.${extension}`;
  for (let index = 2; taken.has(name); index += 1) name = `${base}_${index}.${extension}`;
  taken.add(name);
  return name;
}
