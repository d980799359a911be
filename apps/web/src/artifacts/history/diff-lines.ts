import { diffLines } from "diff";

/** One line of a diff: kept, added in the newer version or removed from the older one. */
export interface DiffLine {
  type: "added" | "removed" | "unchanged";
  text: string;
}

/** Past this, a diff is given up (it would hold the page); the person is told instead. */
const DIFF_TIMEOUT_MS = 1500;

/** JSON is compared pretty-printed, so a one-line chart spec still diffs line by line. */
export function comparableText(text: string, mime: string): string {
  if (!mime.includes("json")) return text;
  try {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  } catch {
    return text;
  }
}

/** The line diff from `before` to `after`, or null when it takes too long to compute. */
export function lineDiff(before: string, after: string): DiffLine[] | null {
  const changes = diffLines(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return null;
  const lines: DiffLine[] = [];
  for (const change of changes) {
    const type = change.added ? "added" : change.removed ? "removed" : "unchanged";
    const text = change.value.endsWith("\n") ? change.value.slice(0, -1) : change.value;
    for (const line of text.split("\n")) lines.push({ type, text: line });
  }
  return lines;
}

/** Kinds whose versions are text a line diff can compare (a Parquet table or an image is not). */
export function isDiffable(artifact: { kind: string; mime: string }): boolean {
  if (artifact.kind === "table") return artifact.mime === "text/csv";
  if (["markdown", "code", "diagram", "chart"].includes(artifact.kind)) return true;
  return artifact.mime.startsWith("text/") || artifact.mime.includes("json");
}
