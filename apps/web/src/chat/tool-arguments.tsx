import { useFormat } from "../i18n/use-format.ts";

/** A tool's arguments: a list of name and value when flat, JSON otherwise. */
export function ToolArguments({ value }: { value: unknown }) {
  const format = useFormat();
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([, entry]) => entry === null || typeof entry !== "object")) {
      return (
        <dl className="tool-arguments">
          {entries.map(([name, entry]) => (
            <div key={name} className="tool-arguments__row">
              <dt>{name}</dt>
              <dd>{typeof entry === "number" ? format.number(entry) : String(entry)}</dd>
            </div>
          ))}
        </dl>
      );
    }
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <pre className="tool-arguments tool-arguments--json" tabIndex={0}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
