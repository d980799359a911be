import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";

/** Pictures: PNG, JPEG, GIF, WebP and SVG, always drawn as an <img> (an SVG that way cannot run scripts). */
export const imageRenderer: ArtifactRenderer = {
  kind: "image",
  icon: "document",
  accepts: (mime) => mime.startsWith("image/"),
  Component: lazy(() => import("./image-renderer.tsx")),
};
