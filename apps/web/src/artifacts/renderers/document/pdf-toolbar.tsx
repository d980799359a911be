import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../app/icons.tsx";
import { formatPercent } from "./format-percent.ts";

/** Page navigation (previous, a page number to type, next) and zoom (out, fit, in) for the PDF viewer. */
export function PdfToolbar(props: {
  pageNumber: number;
  pageCount: number;
  zoom: number;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onPage: (page: number) => void;
  onZoom: (delta: number) => void;
  onFit: () => void;
}) {
  const { pageNumber, pageCount, zoom, canZoomIn, canZoomOut, onPage, onZoom, onFit } = props;
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [typed, setTyped] = useState(String(pageNumber));
  useEffect(() => setTyped(String(pageNumber)), [pageNumber]);
  const commit = () => {
    const value = Number(typed);
    if (Number.isInteger(value) && value >= 1 && value <= pageCount) onPage(value);
    else setTyped(String(pageNumber));
  };

  return (
    <div className="pdf-toolbar" role="toolbar" aria-label={t("documentViewer.toolbar")}>
      <button
        type="button"
        className="icon-button"
        onClick={() => onPage(pageNumber - 1)}
        disabled={pageNumber <= 1}
        aria-label={t("documentViewer.previous")}
        title={t("documentViewer.previous")}
      >
        <Icon name="chevronLeft" />
      </button>
      <span className="pdf-toolbar__page">
        <label htmlFor={inputId}>{t("documentViewer.page")}</label>
        <input
          id={inputId}
          className="pdf-toolbar__page-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={pageCount}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit();
          }}
        />
        <span>{t("documentViewer.pageCount", { count: pageCount })}</span>
      </span>
      <button
        type="button"
        className="icon-button"
        onClick={() => onPage(pageNumber + 1)}
        disabled={pageNumber >= pageCount}
        aria-label={t("documentViewer.next")}
        title={t("documentViewer.next")}
      >
        <Icon name="chevronRight" />
      </button>
      <span className="pdf-toolbar__separator" />
      <button
        type="button"
        className="icon-button"
        onClick={() => onZoom(-1)}
        disabled={!canZoomOut}
        aria-label={t("documentViewer.zoomOut")}
        title={t("documentViewer.zoomOut")}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={onFit}
        aria-label={`${t("documentViewer.zoomReset")} (${t("documentViewer.zoomLevel", { percent: formatPercent(zoom, i18n.language) })})`}
        title={t("documentViewer.zoomReset")}
      >
        {formatPercent(zoom, i18n.language)}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onZoom(1)}
        disabled={!canZoomIn}
        aria-label={t("documentViewer.zoomIn")}
        title={t("documentViewer.zoomIn")}
      >
        <Icon name="plus" />
      </button>
    </div>
  );
}
