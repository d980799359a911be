import { lazy } from "react";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { PDF_MIME } from "./document-mimes.ts";

// Separate chunks: opening a Word file never downloads pdf.js, and a PDF never downloads docx-preview.
const PdfViewer = lazy(() => import("./pdf-viewer.tsx"));
const DocxViewer = lazy(() => import("./docx-viewer.tsx"));

/** A PDF or a Word document, by its media type. The panel's Suspense shows "Loading…" while a viewer loads. */
export default function DocumentRenderer({ artifact }: ArtifactRendererProps) {
  return artifact.mime === PDF_MIME ? <PdfViewer artifact={artifact} /> : <DocxViewer artifact={artifact} />;
}
