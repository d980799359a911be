import { artifactBaseNames, extensionOf } from "../artifact-files.ts";
import { authorOf, branchSections } from "../branch-sections.ts";
import { parseCsv } from "../csv.ts";
import { type ConversationSnapshot, type ExportArtifact, findArtifact } from "../export-snapshot.ts";
import { readParts, summarizeTool } from "../message-parts.ts";

/** Tables up to this size are written into the Markdown; larger ones are only linked. */
export const MARKDOWN_TABLE_MAX_ROWS = 50;
const MARKDOWN_TABLE_MAX_COLUMNS = 12;

/**
 * A conversation as Markdown: title, each message with its author and time, tool calls in one line each,
 * artifacts linked (small tables written out), citations as footnotes. `artifactLinks` says where each artifact's
 * file is (the zip passes its paths); without it artifacts are named, not linked.
 */
export function buildConversationMarkdown(
  snapshot: ConversationSnapshot,
  options: { artifactPaths?: Map<ExportArtifact, string> } = {},
): string {
  const lines: string[] = [`# ${escapeInline(snapshot.conversation.title)}`, ""];
  lines.push(
    `Exported ${snapshot.exportedAt.toISOString()} · conversation ${snapshot.conversation.id} · ${
      snapshot.branches === "all" ? "all branches" : "active branch"
    }`,
    "",
  );
  const footnotes: string[] = [];
  const paths = options.artifactPaths ?? new Map<ExportArtifact, string>();
  const baseNames = artifactBaseNames(snapshot.artifacts);
  for (const section of branchSections(snapshot)) {
    if (snapshot.branches === "all") {
      lines.push(`## ${section.label}`, "");
      if (section.forkedFrom)
        lines.push(`_Continues from the message of ${time(section.forkedFrom.createdAt)}._`, "");
    }
    for (const message of section.messages) {
      lines.push(`### ${authorOf(message)} · ${time(message.createdAt)}`, "");
      const markers: string[] = [];
      for (const part of readParts(message.parts)) {
        if (part.type === "text") lines.push(part.text, "");
        else if (part.type === "tool") lines.push(`> Tool: ${escapeInline(summarizeTool(part))}`, "");
        else if (part.type === "artifact") {
          const artifact = findArtifact(snapshot, part);
          const name = artifact
            ? `${baseNames.get(artifact)}.${extensionOf(artifact.mime, artifact.kind)}`
            : null;
          const path = artifact ? paths.get(artifact) : undefined;
          const label = `${escapeInline(part.title)} (${part.kind}, version ${part.version})`;
          lines.push(
            path ? `**Artifact:** [${label}](${path})` : `**Artifact:** ${label}${name ? ` — ${name}` : ""}`,
            "",
          );
          if (artifact?.kind === "table" && artifact.mime === "text/csv") lines.push(...smallTable(artifact));
          if (artifact?.kind === "chart" && artifact.renderError)
            lines.push(`_The chart could not be drawn: ${escapeInline(artifact.renderError)}_`, "");
        } else if (part.type === "citation") {
          footnotes.push(
            `[^${footnotes.length + 1}]: ${escapeInline(part.label)}${part.source ? ` — ${part.source}` : ""}${
              part.quote ? ` — “${escapeInline(part.quote)}”` : ""
            }`,
          );
          markers.push(`[^${footnotes.length}]`);
        } else lines.push(`_(${part.partType} not shown in this export)_`, "");
      }
      if (markers.length > 0) lines.push(`Sources: ${markers.join(" ")}`, "");
    }
  }
  if (footnotes.length > 0) lines.push("---", "", ...footnotes.flatMap((footnote) => [footnote, ""]));
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A CSV table as a Markdown table when it is small enough to read on a page. */
function smallTable(artifact: ExportArtifact): string[] {
  const table = parseCsv(new TextDecoder().decode(artifact.bytes));
  if (table.rows.length > MARKDOWN_TABLE_MAX_ROWS || table.columns.length > MARKDOWN_TABLE_MAX_COLUMNS) {
    return [`_${table.rows.length} rows × ${table.columns.length} columns: see the file._`, ""];
  }
  const row = (cells: string[]) => `| ${cells.map((cell) => escapeCell(cell)).join(" | ")} |`;
  return [
    row(table.columns),
    `| ${table.columns.map(() => "---").join(" | ")} |`,
    ...table.rows.map((cells) => row(table.columns.map((_, index) => cells[index] ?? ""))),
    "",
  ];
}

function escapeCell(cell: string): string {
  return cell.replaceAll("|", "\\|").replace(/\r?\n/g, " ");
}

/** Keeps titles and summaries on one line and stops them from opening Markdown syntax by accident. */
function escapeInline(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/([[\]*_`])/g, "\\$1");
}

/** A message time, in UTC so every reader sees the same. */
export function time(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
