import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";

/** Debian's fonts-dejavu-core: Unicode coverage for Spanish and most other scripts people write in. */
const DEJAVU = "/usr/share/fonts/truetype/dejavu";

/** The font names a Penny PDF uses; they point at DejaVu when installed, else at PDFKit's built-in Helvetica. */
export const FONTS = { body: "penny-body", bold: "penny-bold", mono: "penny-mono" } as const;

/** A4 in points, with the margin every page keeps. */
export const PAGE = { margin: 50 } as const;

/** A PDFKit document with Penny's fonts registered, and a promise of its bytes once `end()` is called. */
export function createPdf(info: { title: string; subject?: string }): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Uint8Array>;
} {
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: info.title, Subject: info.subject ?? "", Creator: "Penny", Producer: "Penny" },
  });
  const unicode = existsSync(`${DEJAVU}/DejaVuSans.ttf`);
  doc.registerFont(FONTS.body, unicode ? `${DEJAVU}/DejaVuSans.ttf` : "Helvetica");
  doc.registerFont(FONTS.bold, unicode ? `${DEJAVU}/DejaVuSans-Bold.ttf` : "Helvetica-Bold");
  doc.registerFont(FONTS.mono, unicode ? `${DEJAVU}/DejaVuSansMono.ttf` : "Courier");
  doc.font(FONTS.body);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  return { doc, bytes };
}

/** Starts a new page when fewer than `height` points are left above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Writes "page n of m" at the foot of every page (the document must buffer its pages). */
export function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONTS.body)
      .fontSize(8)
      .fillColor("#666666")
      .text(`${index + 1} / ${range.count}`, PAGE.margin, doc.page.height - 30, {
        width: doc.page.width - 2 * PAGE.margin,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
