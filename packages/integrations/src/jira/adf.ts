/** A node of the Atlassian Document Format, as much as Penny writes and reads. */
export interface AdfNode {
  type: string;
  version?: number;
  text?: string;
  content?: AdfNode[];
}

/**
 * Plain text as an ADF document (Jira REST v3 wants rich text fields in ADF): blank lines separate paragraphs,
 * single line breaks become hard breaks.
 */
export function textToAdf(text: string): AdfNode {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  return {
    type: "doc",
    version: 1,
    content: paragraphs.map((paragraph) => ({
      type: "paragraph",
      content: paragraph.split("\n").flatMap((line, index): AdfNode[] => {
        const text: AdfNode = { type: "text", text: line };
        return index === 0 ? [text] : [{ type: "hardBreak" }, text];
      }),
    })),
  };
}

/** The text of an ADF document, paragraphs separated by blank lines (for search results the model reads). */
export function adfToText(node: AdfNode | null | undefined): string {
  if (!node) return "";
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const inner = (node.content ?? []).map(adfToText);
  return node.type === "doc" ? inner.join("\n\n") : inner.join("");
}
