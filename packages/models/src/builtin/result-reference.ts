import { asSchema } from "./schema-view.ts";
import type { ReadToolResult } from "./tool-result-reader.ts";

const titleKeys = ["title", "subject", "summary", "name"];
const linkKeys = ["url", "link", "webUrl", "permalink", "htmlUrl"];

function firstString(node: Record<string, unknown> | undefined, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = node?.[key];
    if (typeof value === "string" && value.trim().length > 0) return value.trim();
  }
  return undefined;
}

/**
 * What earlier steps made, in words a message can carry on: each successful result's summary, the title it was
 * given and its link ('Created Jira issue OPS-7. "Printer on fire" https://…/browse/OPS-7').
 */
export function describeResultsForMessage(results: ReadToolResult[]): string | undefined {
  const lines = results.flatMap((result) => {
    if (result.status !== "ok") return [];
    const title = firstString(asSchema(result.input), titleKeys);
    const link = firstString(asSchema(result.data), linkKeys);
    const parts = [result.summary?.trim(), title ? `"${title}"` : undefined, link].filter(Boolean);
    return parts.length > 0 ? [parts.join(" ")] : [];
  });
  return lines.length > 0 ? lines.join("\n") : undefined;
}
