import SVGtoPDF from "svg-to-pdfkit";
import { ensureSpace, FONTS } from "./pdf-document.ts";

const MAX_HEIGHT = 360;

/**
 * Places a chart's SVG on the page as vector graphics (paths and text, not a picture), scaled to the text width,
 * its labels in the document's font so any script renders.
 */
export function drawSvgChart(doc: PDFKit.PDFDocument, svg: string): void {
  const size = /<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const naturalWidth = Number(size?.[1] ?? 400) * 0.75;
  const naturalHeight = Number(size?.[2] ?? 300) * 0.75;
  const available = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const scale = Math.min(1, available / naturalWidth, MAX_HEIGHT / naturalHeight);
  const width = naturalWidth * scale;
  const height = naturalHeight * scale;
  ensureSpace(doc, height + 10);
  const top = doc.y;
  SVGtoPDF(doc, svg, doc.page.margins.left, top, {
    width,
    height,
    preserveAspectRatio: "xMinYMin meet",
    fontCallback: (_family, bold) => (bold ? FONTS.bold : FONTS.body),
  });
  doc.font(FONTS.body).fillColor("#000000");
  doc.x = doc.page.margins.left;
  doc.y = top + height + 10;
}
