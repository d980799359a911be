// docx-preview names a paragraph's style as a class: "docx_heading1" for Word's Heading 1, "docx_title" for Title.
const HEADING_CLASS = /(?:^|\s)docx_heading([1-6])(?:\s|$)/;
const TITLE_CLASS = /(?:^|\s)docx_title(?:\s|$)/;

/**
 * Gives Word's heading paragraphs the heading role and level, so screen readers can move between them (docx-preview
 * draws every paragraph as a <p>).
 */
export function markHeadings(root: Element): void {
  for (const paragraph of root.querySelectorAll("p")) {
    const level =
      HEADING_CLASS.exec(paragraph.className)?.[1] ?? (TITLE_CLASS.test(paragraph.className) ? "1" : null);
    if (!level) continue;
    paragraph.setAttribute("role", "heading");
    paragraph.setAttribute("aria-level", level);
  }
}
