/** A mime type as stored: lower case, without parameters (`Text/CSV; charset=utf-8` → `text/csv`). */
export function normalizeMime(mime: string): string {
  return (mime.split(";")[0] ?? "").trim().toLowerCase();
}

/** Whether `mime` matches `pattern`, where a pattern ending in `*` (`text/x-*`) matches any non-empty tail. */
export function mimeMatches(pattern: string, mime: string): boolean {
  if (!pattern.endsWith("*")) return pattern === mime;
  const prefix = pattern.slice(0, -1);
  return mime.startsWith(prefix) && /^[a-z0-9][a-z0-9+#.-]*$/.test(mime.slice(prefix.length));
}
