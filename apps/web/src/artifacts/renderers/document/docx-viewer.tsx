import { parseAsync, renderDocument } from "docx-preview";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { useArtifactBytes } from "../../use-artifact-bytes.ts";
import panelStyles from "./docx-panel.css?inline";
import { markHeadings } from "./mark-headings.ts";
import "./document.css";

const OPTIONS = {
  // Reflow to the panel's width instead of the paper's, and let pages grow with their text.
  ignoreWidth: true,
  ignoreHeight: true,
  // Embedded fonts would be @font-face rules with blob: URLs, which the page's font-src does not allow.
  ignoreFonts: true,
  // Alternative chunks (embedded HTML) would be rendered as frames; the panel shows only the Word content.
  renderAltChunks: false,
  useBase64URL: false,
  experimental: false,
};

/**
 * A Word document through docx-preview, without ever putting a <style> element in the page (the CSP refuses them):
 * docx-preview renders into detached nodes, its CSS becomes a constructed stylesheet adopted by a shadow root (which
 * also keeps the document's styles away from the app's), and the body nodes move into that shadow root.
 */
export default function DocxViewer({ artifact }: ArtifactRendererProps) {
  const { t } = useTranslation();
  const content = useArtifactBytes(artifact);
  const host = useRef<HTMLElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const bytes = content.status === "ready" ? content.bytes : null;

  useEffect(() => {
    const element = host.current;
    if (!bytes || !element) return;
    let cancelled = false;
    const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
    setFailure(null);
    (async () => {
      const parsed = await parseAsync(bytes, OPTIONS);
      const nodes = await renderDocument(parsed, OPTIONS);
      if (cancelled) return;
      const css = nodes
        .filter((node) => node.nodeName === "STYLE")
        .map((node) => node.textContent ?? "")
        .join("\n");
      const documentSheet = new CSSStyleSheet();
      documentSheet.replaceSync(css);
      const panelSheet = new CSSStyleSheet();
      panelSheet.replaceSync(panelStyles);
      root.adoptedStyleSheets = [documentSheet, panelSheet];
      const body = nodes.filter((node) => node.nodeType === Node.ELEMENT_NODE && node.nodeName !== "STYLE");
      for (const node of body) markHeadings(node as Element);
      root.replaceChildren(...body);
    })().catch((error: unknown) => {
      if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
    };
  }, [bytes]);

  if (content.status !== "ready") return <ContentState state={content} />;
  return (
    <>
      {failure && (
        <p className="artifact-state form-error" role="alert">
          {t("documentViewer.docxFailed", { reason: failure })}
        </p>
      )}
      <section
        className="docx-viewer"
        ref={host}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the document scrolls sideways when a table is wide.
        tabIndex={0}
        aria-label={t("documentViewer.docxLabel")}
        data-testid="docx"
      />
    </>
  );
}
