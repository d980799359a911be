declare module "svg-to-pdfkit" {
  /** Draws an SVG document onto a PDFKit page as vector paths and text. */
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: {
      width?: number;
      height?: number;
      preserveAspectRatio?: string;
      assumePt?: boolean;
      warningCallback?: (message: string) => void;
      fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    },
  ): void;
}
