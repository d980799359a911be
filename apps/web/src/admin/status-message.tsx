/** A polite live region that announces the outcome of the last action ("Saved", "Invite sent to …"). */
export function StatusMessage({ text, tone = "done" }: { text: string | null; tone?: "done" | "failed" }) {
  if (!text) return <p className="visually-hidden" role="status" />;
  if (tone === "failed") {
    return (
      <p className="form-error" role="alert">
        {text}
      </p>
    );
  }
  return (
    <p className="admin-status" role="status">
      {text}
    </p>
  );
}
