import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";
import { DOCX_MIME, PDF_MIME } from "./document-mimes.ts";

/** Finished documents: PDF pages (pdf.js) and Word files (docx-preview), each library loaded only when needed. */
export const documentRenderer: ArtifactRenderer = {
  kind: "document",
  icon: "document",
  accepts: (mime) => mime === PDF_MIME || mime === DOCX_MIME,
  Component: lazy(() => import("./document-renderer.tsx")),
};
