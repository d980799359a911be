import { PdfDocumentView } from "../artifacts/renderers/document/pdf-viewer.tsx";
import { useBytes } from "../artifacts/use-artifact-bytes.ts";
import { fileContentUrl } from "./knowledge-types.ts";

/** An uploaded PDF in the artifact renderer's viewer, opened at a cited page with the quoted span marked. */
export default function PdfFileViewer(props: { fileId: string; page: number; quote: string }) {
  const { fileId, page, quote } = props;
  return (
    <PdfDocumentView
      content={useBytes(fileContentUrl(fileId))}
      initialPage={page}
      highlight={{ page, text: quote }}
    />
  );
}
