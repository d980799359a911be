import { type ReactNode, useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";
import { Icon, type IconName } from "../app/icons.tsx";

/**
 * A modal dialog on the browser's own <dialog> (focus kept inside, the page behind inert, Escape closes), with a
 * header naming it and a close button. It opens when mounted; closing (Escape, a click on the backdrop, or the owner unmounting it) gives focus back to where it
 * was, or to `returnFocus()` when that element has gone (a menu that closed meanwhile).
 */
export function ModalDialog(props: {
  title: string;
  icon: IconName;
  closeLabel: string;
  onClose: () => void;
  className?: string;
  returnFocus?: () => HTMLElement | null | undefined;
  children: ReactNode;
}) {
  const { title, icon, closeLabel, onClose, className, children } = props;
  const headingId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef(props.returnFocus);
  returnFocus.current = props.returnFocus;

  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      const target = before?.isConnected && before.checkVisibility() ? before : returnFocus.current?.();
      target?.focus();
    };
  }, []);

  return createPortal(
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes the dialog natively; the click is for the backdrop.
    <dialog
      ref={ref}
      className={`modal-dialog ${className ?? ""}`}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <header className="modal-dialog__header">
        <h2 id={headingId} className="modal-dialog__title">
          <Icon name={icon} />
          {title}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={closeLabel}
          title={closeLabel}
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </header>
      {children}
    </dialog>,
    document.body,
  );
}
