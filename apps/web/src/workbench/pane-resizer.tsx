import { type KeyboardEvent, type PointerEvent, useRef } from "react";

const KEY_STEP = 16;

/**
 * A vertical splitter between two panes: drag it, or focus it and use the arrow keys (Home/End for the bounds).
 * `edge` says which side the resized pane is on, so dragging right grows a left pane and shrinks a right one.
 */
export function PaneResizer(props: {
  label: string;
  controls: string;
  value: number;
  min: number;
  max: number;
  edge: "left" | "right";
  onChange: (value: number) => void;
}) {
  const { label, controls, value, min, max, edge, onChange } = props;
  const drag = useRef<{ startX: number; startValue: number } | null>(null);
  const direction = edge === "left" ? 1 : -1;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startValue: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onChange(drag.current.startValue + direction * (event.clientX - drag.current.startX));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: -KEY_STEP * direction,
      ArrowRight: KEY_STEP * direction,
    };
    if (event.key in moves) onChange(value + (moves[event.key] ?? 0));
    else if (event.key === "Home") onChange(min);
    else if (event.key === "End") onChange(max);
    else return;
    event.preventDefault();
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot take focus or be dragged; a focusable separator is the ARIA pattern for a splitter.
    <div
      className="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
