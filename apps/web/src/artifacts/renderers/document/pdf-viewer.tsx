import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from "pdfjs-dist";
// The worker is a file of the build (same origin), so the page's `default-src 'self'` already allows it.
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { type KeyboardEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { useArtifactBytes } from "../../use-artifact-bytes.ts";
import { PdfPage } from "./pdf-page.tsx";
import { PdfToolbar } from "./pdf-toolbar.tsx";
import "./document.css";

GlobalWorkerOptions.workerSrc = workerUrl;

/** Zoom steps, as multiples of "fit the page to the panel's width". */
const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const FIT = ZOOM_STEPS.indexOf(1);
/** Room around the page inside the scrolling area. */
const GUTTER = 16;

function usePdf(bytes: ArrayBuffer | null) {
  const [state, setState] = useState<{ pdf: PDFDocumentProxy | null; failure: string | null }>({
    pdf: null,
    failure: null,
  });
  useEffect(() => {
    if (!bytes) return;
    // pdf.js takes ownership of the array it is given (it moves to the worker): hand it a copy.
    const task = getDocument({ data: new Uint8Array(bytes.slice(0)), isEvalSupported: false });
    task.promise.then(
      (pdf) => setState({ pdf, failure: null }),
      (error: unknown) =>
        setState({ pdf: null, failure: error instanceof Error ? error.message : String(error) }),
    );
    return () => void task.destroy();
  }, [bytes]);
  return state;
}

/** The width of an element, kept current as the panel is resized. */
function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/** What a key does in the page area. */
function pageKey(key: string) {
  switch (key) {
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case "ArrowRight":
    case "PageDown":
      return "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "+":
    case "=":
      return "zoomIn";
    case "-":
      return "zoomOut";
    case "0":
      return "fit";
    default:
      return null;
  }
}

/** A PDF artifact, one page at a time. */
export default function PdfViewer({ artifact }: ArtifactRendererProps) {
  return <PdfDocumentView content={useArtifactBytes(artifact)} />;
}

/**
 * A PDF's bytes, one page at a time: previous/next, a page number to type, zoom, selectable text, keyboard shortcuts.
 * It can open at a page with a span of text marked (a citation's quote) on that page.
 */
export function PdfDocumentView(props: {
  content: ReturnType<typeof useArtifactBytes>;
  initialPage?: number;
  highlight?: { page: number; text: string };
}) {
  const { content, initialPage = 1, highlight } = props;
  const { t } = useTranslation();
  const { pdf, failure } = usePdf(content.status === "ready" ? content.bytes : null);
  const [pageNumber, setPageNumber] = useState(initialPage);
  const [zoomStep, setZoomStep] = useState(FIT);
  const [pageWidth, setPageWidth] = useState(0);
  const [rendered, setRendered] = useState(0);
  const [viewport, setViewport] = useState<HTMLElement | null>(null);
  const available = useWidth(viewport);
  const pageCount = pdf?.numPages ?? 0;

  // The first page's width at scale 1 decides "fit to width" for the whole document.
  useEffect(() => {
    if (!pdf) return;
    let cancelled = false;
    void pdf.getPage(1).then((page) => !cancelled && setPageWidth(page.getViewport({ scale: 1 }).width));
    return () => {
      cancelled = true;
    };
  }, [pdf]);

  const goTo = useCallback(
    (next: number) => setPageNumber(Math.min(Math.max(1, Math.round(next)), Math.max(1, pageCount))),
    [pageCount],
  );
  const zoomBy = (delta: number) =>
    setZoomStep((step) => Math.min(Math.max(0, step + delta), ZOOM_STEPS.length - 1));
  const onRendered = useCallback((page: number) => setRendered(page), []);
  const zoom = ZOOM_STEPS[zoomStep] ?? 1;
  const scale = pageWidth > 0 && available > GUTTER * 2 ? ((available - GUTTER * 2) / pageWidth) * zoom : 0;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = pageKey(event.key);
    if (!action) return;
    event.preventDefault();
    if (action === "previous") goTo(pageNumber - 1);
    else if (action === "next") goTo(pageNumber + 1);
    else if (action === "first") goTo(1);
    else if (action === "last") goTo(pageCount);
    else if (action === "fit") setZoomStep(FIT);
    else zoomBy(action === "zoomIn" ? 1 : -1);
  };

  if (content.status !== "ready") return <ContentState state={content} />;
  if (failure) {
    return (
      <p className="artifact-state form-error" role="alert">
        {t("documentViewer.pdfFailed", { reason: failure })}
      </p>
    );
  }
  if (!pdf) return <ContentState state={{ status: "loading" }} />;

  return (
    <div className="pdf-viewer">
      <PdfToolbar
        pageNumber={pageNumber}
        pageCount={pageCount}
        zoom={zoom}
        canZoomIn={zoomStep < ZOOM_STEPS.length - 1}
        canZoomOut={zoomStep > 0}
        onPage={goTo}
        onZoom={zoomBy}
        onFit={() => setZoomStep(FIT)}
      />
      <p className="visually-hidden" aria-live="polite">
        {rendered === pageNumber
          ? t("documentViewer.pageStatus", { page: pageNumber, count: pageCount })
          : ""}
      </p>
      <section
        className="pdf-viewer__pages"
        ref={setViewport}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the page area takes the keyboard shortcuts and scrolls.
        tabIndex={0}
        aria-label={t("documentViewer.pageView", { page: pageNumber, count: pageCount })}
        onKeyDown={onKeyDown}
      >
        <PdfPage
          pdf={pdf}
          pageNumber={pageNumber}
          scale={scale}
          onRendered={onRendered}
          highlight={highlight?.page === pageNumber ? highlight.text : undefined}
        />
      </section>
    </div>
  );
}
