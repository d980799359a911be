import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { MemoryDialog } from "./memory-dialog.tsx";

/**
 * "Memory" in the account menu: opens the memory screen. The menu closes behind the dialog, so focus then goes
 * back to the menu's own button.
 */
export function MemoryButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={ref}
        type="button"
        className="button button--ghost button--block"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <Icon name="bookmark" size={16} />
        {t("memory.open")}
      </button>
      {open && (
        <MemoryDialog
          onClose={() => setOpen(false)}
          returnFocus={() => ref.current?.closest(".popover")?.querySelector<HTMLElement>(".popover__button")}
        />
      )}
    </>
  );
}
