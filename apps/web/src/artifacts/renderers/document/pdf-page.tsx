import { type PDFDocumentProxy, type RenderTask, TextLayer } from "pdfjs-dist";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { findHighlight } from "./find-highlight.ts";

/** Marks the text-layer spans that hold `quote` (a citation's span) and brings the first into view. */
function markHighlight(textElement: HTMLElement, quote: string) {
  const spans = Array.from(textElement.querySelectorAll<HTMLElement>("span")).filter(
    (span) => span.querySelector("span") === null,
  );
  const marked = findHighlight(
    spans.map((span) => span.textContent ?? ""),
    quote,
  );
  for (const index of marked) spans[index]?.classList.add("pdf-page__highlight");
  spans[marked[0] ?? -1]?.scrollIntoView({ block: "center" });
}

/**
 * One page of a PDF on a canvas at `scale` (CSS pixels per PDF point), sharp on high-density screens, with pdf.js's
 * text layer over it so the text can be selected and copied.
 */
export function PdfPage({
  pdf,
  pageNumber,
  scale,
  onRendered,
  highlight,
}: {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  onRendered: (pageNumber: number) => void;
  /** Text to mark on this page (a citation's quoted span). */
  highlight?: string | undefined;
}) {
  const { t } = useTranslation();
  const page = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const pageElement = page.current;
    const canvasElement = canvas.current;
    const textElement = text.current;
    if (!pageElement || !canvasElement || !textElement || scale <= 0) return;
    let cancelled = false;
    let renderTask: RenderTask | null = null;
    let textLayer: TextLayer | null = null;
    setFailure(null);
    pdf
      .getPage(pageNumber)
      .then(async (pdfPage) => {
        if (cancelled) return;
        const viewport = pdfPage.getViewport({ scale });
        const density = window.devicePixelRatio || 1;
        canvasElement.width = Math.floor(viewport.width * density);
        canvasElement.height = Math.floor(viewport.height * density);
        // Set through the CSSOM, which the page's CSP allows (style attributes in markup it would not).
        pageElement.style.width = `${Math.floor(viewport.width)}px`;
        pageElement.style.height = `${Math.floor(viewport.height)}px`;
        pageElement.style.setProperty("--total-scale-factor", String(scale));
        renderTask = pdfPage.render({
          canvas: canvasElement,
          viewport,
          transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0],
        });
        textElement.replaceChildren();
        textLayer = new TextLayer({
          textContentSource: pdfPage.streamTextContent(),
          container: textElement,
          viewport,
        });
        await Promise.all([renderTask.promise, textLayer.render()]);
        if (!cancelled && highlight) markHighlight(textElement, highlight);
        if (!cancelled) onRendered(pageNumber);
      })
      .catch((error: unknown) => {
        const name = (error as { name?: string } | null)?.name;
        if (cancelled || name === "RenderingCancelledException" || name === "AbortException") return;
        setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
    };
  }, [pdf, pageNumber, scale, onRendered, highlight]);

  return (
    <>
      {failure && (
        <p className="artifact-state form-error" role="alert">
          {t("documentViewer.pageFailed", { reason: failure })}
        </p>
      )}
      <div className="pdf-page" ref={page} data-page-number={pageNumber}>
        <canvas className="pdf-page__canvas" ref={canvas} />
        <div className="pdf-page__text textLayer" ref={text} />
      </div>
    </>
  );
}
