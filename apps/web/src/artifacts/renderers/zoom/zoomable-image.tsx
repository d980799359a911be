import { type KeyboardEvent, type PointerEvent, type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useZoom } from "./use-zoom.ts";
import "./zoom.css";

/**
 * A picture in a scrolling viewport with zoom buttons, keyboard shortcuts (+ − 0 1, arrows to move), Ctrl+wheel and
 * drag to pan. It is always an <img>: SVG shown this way cannot run scripts or load anything.
 */
export function ZoomableImage(props: {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** Extra buttons at the end of the toolbar (export, size). */
  tools?: ReactNode;
  /** A white sheet behind the picture, for drawings made for paper (Graphviz). */
  paper?: boolean;
}) {
  const { src, alt, width, height, tools, paper = false } = props;
  const { t } = useTranslation();
  const viewport = useRef<HTMLElement>(null);
  const zoom = useZoom(viewport, width, height);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      "+": zoom.zoomIn,
      "=": zoom.zoomIn,
      "-": zoom.zoomOut,
      "0": zoom.fit,
      "1": zoom.actual,
    };
    const action = event.ctrlKey || event.metaKey || event.altKey ? undefined : actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0 || event.pointerType === "touch") return;
    const element = event.currentTarget;
    element.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, left: element.scrollLeft, top: element.scrollTop };
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    if (!drag.current) return;
    event.currentTarget.scrollLeft = drag.current.left - (event.clientX - drag.current.x);
    event.currentTarget.scrollTop = drag.current.top - (event.clientY - drag.current.y);
  };
  const endDrag = () => {
    drag.current = null;
  };
  const percent = Math.round(zoom.scale * 100);

  return (
    <div className="zoom-view">
      <div className="zoom-view__tools" role="toolbar" aria-label={t("artifactViewers.zoom.toolbar")}>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={zoom.zoomOut}
          aria-label={t("artifactViewers.zoom.zoomOut")}
          title={t("artifactViewers.zoom.zoomOut")}
        >
          −
        </button>
        <output className="zoom-view__level" aria-live="polite">
          {t("artifactViewers.zoom.level", { percent })}
        </output>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={zoom.zoomIn}
          aria-label={t("artifactViewers.zoom.zoomIn")}
          title={t("artifactViewers.zoom.zoomIn")}
        >
          +
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={zoom.fit}
          aria-pressed={zoom.mode === "fit"}
          aria-label={t("artifactViewers.zoom.fitLabel")}
          title={t("artifactViewers.zoom.fitLabel")}
        >
          {t("artifactViewers.zoom.fit")}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={zoom.actual}
          aria-pressed={zoom.mode === 1}
          aria-label={t("artifactViewers.zoom.actualLabel")}
          title={t("artifactViewers.zoom.actualLabel")}
        >
          {t("artifactViewers.zoom.actual")}
        </button>
        {tools}
      </div>
      <section
        ref={viewport}
        className={paper ? "zoom-view__viewport zoom-view__viewport--paper" : "zoom-view__viewport"}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the viewport scrolls and takes the zoom keys (WCAG 2.1.1).
        tabIndex={0}
        aria-label={t("artifactViewers.zoom.viewport", { title: alt })}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <img
          className="zoom-view__image"
          src={src}
          alt={alt}
          width={Math.max(1, Math.round(width * zoom.scale))}
          height={Math.max(1, Math.round(height * zoom.scale))}
          draggable={false}
        />
      </section>
    </div>
  );
}
