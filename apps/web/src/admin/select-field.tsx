import { type ReactNode, type SelectHTMLAttributes, useId } from "react";

/**
 * A labelled select. The label sits beside the select (linked by id) rather than around it, so the select's
 * accessible name is the label's words alone, not the label plus the chosen option.
 */
export function SelectField({
  label,
  children,
  ...select
}: { label: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} {...select}>
        {children}
      </select>
    </div>
  );
}
