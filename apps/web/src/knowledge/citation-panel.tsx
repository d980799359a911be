import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { Icon } from "../app/icons.tsx";
import { ContentState } from "../artifacts/content-state.tsx";
import { useCitationLabel } from "./citation-chip.tsx";
import type { CitedPassage } from "./citations.ts";
import { fileContentUrl, type KnowledgeFile } from "./knowledge-types.ts";
import { PassageView } from "./passage-view.tsx";
import "./citations.css";

// pdf.js loads only when a PDF citation is opened.
const PdfFileViewer = lazy(() => import("./pdf-file-viewer.tsx"));

const PDF_MIME = "application/pdf";

/**
 * The artifact pane showing a cited source: a PDF opens at the cited page with the quoted span highlighted; any
 * other document shows the passage as text with the span marked. Its file is read once to learn its type.
 */
export function CitationPanel(props: { passage: CitedPassage; onClose: () => void; headingId: string }) {
  const { passage, onClose, headingId } = props;
  const { t } = useTranslation();
  const api = useApi();
  const label = useCitationLabel();
  const [file, setFile] = useState<
    { status: "loading" } | { status: "ready"; file: KnowledgeFile } | { status: "error"; error: unknown }
  >({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    setFile({ status: "loading" });
    api
      .get<KnowledgeFile>(`/v1/files/${passage.documentId}`, { signal: controller.signal })
      .then((found) => setFile({ status: "ready", file: found }))
      .catch((error: unknown) => !controller.signal.aborted && setFile({ status: "error", error }));
    return () => controller.abort();
  }, [api, passage.documentId]);

  const isPdf = file.status === "ready" && file.file.mime === PDF_MIME && passage.page !== null;
  return (
    <div className="artifact-panel">
      <header className="artifact-panel__header">
        <div className="artifact-panel__heading">
          <h2 id={headingId} className="artifact-panel__title">
            {passage.document}
          </h2>
          <p className="artifact-panel__meta">{label(passage)}</p>
        </div>
        <div className="artifact-panel__actions">
          <a
            className="icon-button"
            href={fileContentUrl(passage.documentId)}
            download={passage.document}
            aria-label={t("knowledge.files.download", { name: passage.document })}
            title={t("knowledge.files.download", { name: passage.document })}
          >
            <Icon name="download" />
          </a>
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label={t("artifacts.close")}
            title={t("artifacts.close")}
          >
            <Icon name="close" />
          </button>
        </div>
      </header>
      <div className="artifact-panel__body" data-citation-view={passage.n}>
        {file.status !== "ready" ? (
          <ContentState state={file} />
        ) : isPdf ? (
          <Suspense fallback={<ContentState state={{ status: "loading" }} />}>
            <PdfFileViewer
              key={`${passage.documentId}-${passage.n}`}
              fileId={passage.documentId}
              page={passage.page ?? 1}
              quote={passage.quote}
            />
          </Suspense>
        ) : (
          <PassageView passage={passage} />
        )}
      </div>
    </div>
  );
}
