import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useThemeColors } from "../../../theme/use-theme-colors.ts";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { useArtifactText } from "../../use-artifact-text.ts";
import { ZoomableImage } from "../zoom/zoomable-image.tsx";
import { type DiagramSyntax, diagramSyntaxOf } from "./diagram-syntax.ts";
import { fileNameOf, saveBlob, svgToPng } from "./export-png.ts";
import { type SizedSvg, sizedSvg } from "./sized-svg.ts";
import "./diagram.css";

type Drawn =
  | { status: "drawing" }
  | { status: "ready"; picture: SizedSvg; url: string }
  | { status: "error"; message: string };

/** Whether a resolved rgb() colour is dark (the dark theme's surface). */
function isDark(color: string): boolean {
  const [red = 255, green = 255, blue = 255] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128;
}

async function draw(syntax: DiagramSyntax, source: string, dark: boolean): Promise<string> {
  if (syntax === "mermaid") return (await import("./render-mermaid.ts")).renderMermaid(source, { dark });
  return (await import("./render-graphviz.ts")).renderGraphviz(source);
}

/**
 * A Mermaid or Graphviz diagram, drawn in the browser to SVG and shown as an <img> of that SVG (so its styles need
 * no exception in the page's CSP), with zoom and SVG/PNG export. A source that cannot be drawn is shown with why.
 */
export default function DiagramRenderer({ artifact }: ArtifactRendererProps) {
  const { t } = useTranslation();
  const content = useArtifactText(artifact);
  const colors = useThemeColors();
  const syntax = diagramSyntaxOf(artifact.mime) ?? "mermaid";
  const dark = syntax === "mermaid" && isDark(colors.surface);
  const [drawn, setDrawn] = useState<Drawn>({ status: "drawing" });
  const source = content.status === "ready" ? content.text : undefined;

  useEffect(() => {
    if (source === undefined) return;
    let current = true;
    let url: string | undefined;
    setDrawn({ status: "drawing" });
    draw(syntax, source, dark)
      .then((svg) => {
        if (!current) return;
        const picture = sizedSvg(svg);
        url = URL.createObjectURL(new Blob([picture.svg], { type: "image/svg+xml" }));
        setDrawn({ status: "ready", picture, url });
      })
      .catch((error: unknown) => {
        if (current)
          setDrawn({ status: "error", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [syntax, source, dark]);

  if (content.status !== "ready") return <ContentState state={content} />;
  if (drawn.status === "drawing") {
    return (
      <p className="artifact-state" role="status">
        {t("artifactViewers.diagram.drawing")}
      </p>
    );
  }
  if (drawn.status === "error") {
    return (
      <div className="diagram-error">
        <div className="form-error" role="alert">
          <p>{t("artifactViewers.diagram.failed")}</p>
          <pre className="diagram-error__reason">{drawn.message}</pre>
        </div>
        <h3 className="diagram-error__heading">{t("artifactViewers.diagram.source")}</h3>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
        <pre className="diagram-error__source" tabIndex={0}>
          {content.text}
        </pre>
      </div>
    );
  }
  const { picture, url } = drawn;
  const exportPng = () =>
    void svgToPng(url, picture, { scale: 2, background: dark ? colors.surface : "#ffffff" }).then((png) =>
      saveBlob(png, fileNameOf(artifact.title, "png")),
    );
  return (
    <ZoomableImage
      src={url}
      alt={t("artifactViewers.diagram.image", { title: artifact.title })}
      width={picture.width}
      height={picture.height}
      paper={!dark}
      tools={
        <span className="diagram-exports">
          <a
            className="button button--secondary button--small"
            href={url}
            download={fileNameOf(artifact.title, "svg")}
          >
            {t("artifactViewers.diagram.exportSvg")}
          </a>
          <button type="button" className="button button--secondary button--small" onClick={exportPng}>
            {t("artifactViewers.diagram.exportPng")}
          </button>
        </span>
      }
    />
  );
}
