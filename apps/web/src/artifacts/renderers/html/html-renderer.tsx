import { useTranslation } from "react-i18next";
import type { ArtifactRef } from "../../artifact-ref.ts";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import "./html.css";

/** Where the server serves a version's HTML or SVG inline, under a CSP that sandboxes it (no scripts, no requests). */
export const artifactPreviewUrl = (artifact: Pick<ArtifactRef, "id" | "version">) =>
  `/v1/artifacts/${artifact.id}/preview?version=${artifact.version}`;

/**
 * An HTML artifact in an iframe whose sandbox grants nothing: no scripts, no same origin (so no cookies, no
 * access to Penny's page or API), no forms, no popups. The server's CSP says the same a second time.
 */
export default function HtmlRenderer({ artifact }: ArtifactRendererProps) {
  const { t } = useTranslation();
  return (
    <div className="html-artifact">
      <p className="html-artifact__note">{t("artifactViewers.html.note")}</p>
      <iframe
        className="html-artifact__frame"
        src={artifactPreviewUrl(artifact)}
        sandbox=""
        referrerPolicy="no-referrer"
        title={t("artifactViewers.html.frame", { title: artifact.title })}
      />
    </div>
  );
}
