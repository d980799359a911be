import { type ReactNode, useEffect, useId, useRef, useState } from "react";

/**
 * A button that shows a small panel of controls (not a menu: it holds form fields). Escape or a click outside closes
 * it and focus returns to the button.
 */
export function Popover(props: {
  label: string;
  button: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>("select, button, input, a[href]")?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  return (
    <div className={`popover ${props.className ?? ""}`}>
      <button
        ref={buttonRef}
        type="button"
        className="popover__button"
        aria-label={props.label}
        title={props.label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {props.button}
      </button>
      <div ref={panelRef} id={panelId} className="popover__panel" hidden={!open}>
        {props.children}
      </div>
    </div>
  );
}
