import { mermaidDiagramTypes } from "./mermaid-diagram-types.ts";

const known: ReadonlySet<string> = new Set(mermaidDiagramTypes);

/** The problem with a Mermaid source, or null: it must open (after front matter and %% comments) with a diagram type. */
export function checkMermaid(source: string): string | null {
  let body = source;
  // YAML front matter (`---` … `---`) may carry a title and config before the diagram.
  const frontMatter = /^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(body);
  if (frontMatter) body = body.slice(frontMatter[0].length);
  const firstLine = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== "" && !line.startsWith("%%"));
  if (!firstLine) return "the Mermaid diagram is empty";
  const keyword = firstLine.split(/[\s;:]/)[0] ?? "";
  if (!known.has(keyword)) {
    return `"${keyword.slice(0, 40)}" is not a Mermaid diagram type; start with one of ${mermaidDiagramTypes.join(", ")}`;
  }
  return null;
}
