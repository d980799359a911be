/** The full-width primary button of a visitor's form, saying what it is doing while the request runs. */
export function SubmitButton({
  busy,
  label,
  busyLabel,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
}) {
  return (
    <button className="button button--primary button--block" type="submit" disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  );
}
