import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

const STEP = 1.25;
const MIN_SCALE = 0.05;
const MAX_SCALE = 8;

/** "fit" follows the viewport's size; a number is a fixed scale (1 is the picture's own size). */
export type ZoomMode = "fit" | number;

const clamp = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/**
 * Zoom state for a picture of `width` × `height` in a scrolling viewport: fit (never enlarged), actual size, steps
 * in and out that keep the viewport's centre in place, and Ctrl+wheel (or a trackpad pinch).
 */
export function useZoom(viewport: RefObject<HTMLElement | null>, width: number, height: number) {
  const [mode, setMode] = useState<ZoomMode>("fit");
  const [fitScale, setFitScale] = useState(1);
  const scale = mode === "fit" ? fitScale : mode;
  const previousScale = useRef(scale);

  useEffect(() => {
    const element = viewport.current;
    if (!element || width <= 0 || height <= 0) return;
    const measure = () => {
      const available = { width: element.clientWidth - 16, height: element.clientHeight - 16 };
      setFitScale(clamp(Math.min(1, available.width / width, available.height / height)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport, width, height]);

  // Keep the point at the viewport's centre where it was when the scale changes.
  useLayoutEffect(() => {
    const element = viewport.current;
    const ratio = scale / previousScale.current;
    previousScale.current = scale;
    if (!element || ratio === 1) return;
    element.scrollLeft = (element.scrollLeft + element.clientWidth / 2) * ratio - element.clientWidth / 2;
    element.scrollTop = (element.scrollTop + element.clientHeight / 2) * ratio - element.clientHeight / 2;
  }, [viewport, scale]);

  const zoomIn = useCallback(() => setMode(clamp(scale * STEP)), [scale]);
  const zoomOut = useCallback(() => setMode(clamp(scale / STEP)), [scale]);
  const fit = useCallback(() => setMode("fit"), []);
  const actual = useCallback(() => setMode(1), []);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    // Registered by hand: React's wheel listener is passive and could not keep the page from zooming too.
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      setMode(clamp(scale * (event.deltaY < 0 ? STEP : 1 / STEP)));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [viewport, scale]);

  return { mode, scale, zoomIn, zoomOut, fit, actual };
}
