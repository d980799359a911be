import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A console table: named by its caption, with column headers, in a box that scrolls sideways on a narrow screen.
 * The box takes keyboard focus (arrow keys scroll it) and is a named region, so the columns out of view can be
 * reached without a pointer. `actions` adds a last column for row buttons, named for screen readers only.
 */
export function AdminTable({
  label,
  columns,
  actions = false,
  children,
}: {
  label: string;
  columns: string[];
  actions?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard.
    <section className="admin-table-wrap" tabIndex={0} aria-label={label}>
      <table className="admin-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t("admin.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}
