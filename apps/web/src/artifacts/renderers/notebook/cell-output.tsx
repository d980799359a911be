import { useTranslation } from "react-i18next";
import { Markdown } from "../../../markdown/markdown.tsx";
import { joinText, type NotebookOutput, stripAnsi } from "./notebook-format.ts";

/** The media types a rich output may carry, in the order the preview prefers them (safe images first). */
const PREFERRED = ["image/png", "image/jpeg", "image/svg+xml", "text/html", "text/markdown", "text/plain"];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * A page of untrusted HTML or SVG in a frame with every sandbox restriction: no scripts, no forms, no top
 * navigation, an opaque origin. It never touches the app's document.
 */
function SandboxedFrame({ html, title }: { html: string; title: string }) {
  return <iframe className="notebook-output__frame" sandbox="" srcDoc={html} title={title} />;
}

function RichOutput({ data, cellNumber }: { data: Record<string, unknown>; cellNumber: number }) {
  const { t } = useTranslation();
  const type = PREFERRED.find((candidate) => candidate in data);
  const value = type ? joinText(data[type]) : "";
  if (type === "image/png" || type === "image/jpeg") {
    const base64 = value.replace(/\s/g, "");
    if (!BASE64.test(base64)) return null;
    return (
      <img
        className="notebook-output__image"
        src={`data:${type};base64,${base64}`}
        alt={t("notebookViewer.image", { number: cellNumber })}
      />
    );
  }
  if (type === "image/svg+xml")
    return <SandboxedFrame html={value} title={t("notebookViewer.svg", { number: cellNumber })} />;
  if (type === "text/html")
    return <SandboxedFrame html={value} title={t("notebookViewer.html", { number: cellNumber })} />;
  if (type === "text/markdown") return <Markdown text={value} />;
  if (type === "text/plain") return <pre className="notebook-output__text">{stripAnsi(value)}</pre>;
  return (
    <p className="notebook-output__note">
      {t("notebookViewer.notShown", { types: Object.keys(data).join(", ") })}
    </p>
  );
}

/** One output of a code cell: printed text, a value, an image, sandboxed HTML or SVG, or an error's traceback. */
export function CellOutput({ output, cellNumber }: { output: NotebookOutput; cellNumber: number }) {
  const { t } = useTranslation();
  switch (output.output_type) {
    case "stream":
      return (
        <pre
          className={`notebook-output__text notebook-output__text--${output.name === "stderr" ? "stderr" : "stdout"}`}
        >
          {stripAnsi(joinText(output.text))}
        </pre>
      );
    case "execute_result":
    case "display_data":
      return (
        <div className="notebook-output__rich">
          {output.output_type === "execute_result" && typeof output.execution_count === "number" && (
            <span className="notebook-cell__prompt">
              {t("notebookViewer.output", { count: output.execution_count })}
            </span>
          )}
          <RichOutput data={output.data ?? {}} cellNumber={cellNumber} />
        </div>
      );
    case "error": {
      const traceback = (output.traceback ?? []).map(stripAnsi).join("\n");
      return (
        <pre className="notebook-output__text notebook-output__text--error">
          {traceback || `${output.ename ?? "Error"}: ${output.evalue ?? ""}`}
        </pre>
      );
    }
    default:
      return null;
  }
}
