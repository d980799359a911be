import { createPdf, FONTS, numberPages } from "../pdf/pdf-document.ts";

/**
 * A Markdown (or plain text) artifact as a PDF: headings, bullet lists and code blocks keep their look; inline
 * markup is written as it is.
 */
export async function buildDocumentPdf(title: string, markdown: string): Promise<Uint8Array> {
  const { doc, bytes } = createPdf({ title });
  doc.font(FONTS.bold).fontSize(18).text(title).moveDown(0.6);
  let code: string[] | null = null;
  for (const line of markdown.replace(/\r\n/g, "\n").split("\n")) {
    if (line.startsWith("```")) {
      if (code) {
        doc.font(FONTS.mono).fontSize(8).text(code.join("\n")).moveDown(0.4);
        code = null;
      } else code = [];
      continue;
    }
    if (code) {
      code.push(line);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      doc
        .moveDown(0.3)
        .font(FONTS.bold)
        .fontSize(Math.max(10, 16 - 2 * (level - 1)))
        .text(heading[2] ?? "");
    } else if (bullet)
      doc
        .font(FONTS.body)
        .fontSize(10)
        .text(`•  ${bullet[1] ?? ""}`, { indent: 10 });
    else if (line.trim() === "") doc.moveDown(0.4);
    else doc.font(FONTS.body).fontSize(10).text(line);
  }
  if (code) doc.font(FONTS.mono).fontSize(8).text(code.join("\n"));
  numberPages(doc);
  doc.end();
  return bytes;
}
