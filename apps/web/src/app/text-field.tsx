import type { InputHTMLAttributes, Ref } from "react";

/** A labelled text input: the label wraps the input, so its accessible name is the label's text. */
export function TextField({
  label,
  inputRef,
  ...input
}: { label: string; inputRef?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input ref={inputRef} {...input} />
    </label>
  );
}
