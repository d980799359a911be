import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { DocumentSection } from "./extracted-document.ts";
import { htmlSections, htmlTitle } from "./html-sections.ts";

const neverContent = "script,style,noscript,template,iframe,object,embed";
const pageChrome = "nav,header,footer,aside,form,button";

/**
 * The main content of an HTML page split on its headings; scripts, styles and handlers never reach the text.
 * Readability picks the article; when it keeps under 90 % of the text of the page without its chrome
 * (nav, header, footer, aside), the chrome-less page is used instead: Readability drops elements whose id merely
 * sounds like chrome (id="header.field.definitions" took a whole section of RFC 9111).
 */
export function extractHtml(html: string): { title: string | null; sections: DocumentSection[] } {
  const { document } = parseHTML(html);
  for (const element of removable(document, neverContent)) element.remove();
  const fallbackTitle = htmlTitle(html);
  const { document: plain } = parseHTML(document.toString());
  for (const element of removable(plain, pageChrome)) element.remove();
  const bodyHtml = plain.body?.innerHTML ?? "";
  const bodyLength = textLength(plain.body?.textContent);
  // Readability changes the document it reads, so it reads its own copy.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    keepClasses: false,
  }).parse();
  const articleLength = textLength(article?.textContent);
  const useArticle = article?.content && articleLength > 0 && articleLength >= bodyLength * 0.9;
  const content = useArticle ? (article.content ?? "") : bodyHtml;
  return { title: article?.title?.trim() || fallbackTitle, sections: htmlSections(content) };
}

function textLength(text: string | null | undefined): number {
  return (text ?? "").replace(/\s+/g, " ").trim().length;
}

function removable(root: { querySelectorAll(selector: string): ArrayLike<unknown> }, selector: string) {
  return Array.from(root.querySelectorAll(selector)) as { remove(): void }[];
}
