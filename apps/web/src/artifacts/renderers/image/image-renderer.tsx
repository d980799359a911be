import { useTranslation } from "react-i18next";
import { artifactContentUrl } from "../../artifact-ref.ts";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { useImageSize } from "../zoom/use-image-size.ts";
import { ZoomableImage } from "../zoom/zoomable-image.tsx";

/**
 * An image artifact, loaded straight from its content URL (same origin, the session cookie). SVG is untrusted
 * markup, so it is only ever an <img> source here, never part of the page's DOM.
 */
export default function ImageRenderer({ artifact }: ArtifactRendererProps) {
  const { t } = useTranslation();
  const src = artifactContentUrl(artifact);
  const size = useImageSize(src);
  if (size.status === "loading") {
    return (
      <p className="artifact-state" role="status">
        {t("artifacts.loading")}
      </p>
    );
  }
  if (size.status === "error") {
    return (
      <p className="artifact-state form-error" role="alert">
        {t("artifactViewers.image.failed")}
      </p>
    );
  }
  return (
    <ZoomableImage
      src={src}
      alt={t("artifactViewers.image.alt", { title: artifact.title })}
      width={size.width}
      height={size.height}
      tools={
        <span className="zoom-view__size">
          {t("artifactViewers.image.size", { width: size.width, height: size.height })}
        </span>
      }
    />
  );
}
