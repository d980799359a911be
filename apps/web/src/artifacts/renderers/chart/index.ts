import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";

/** Vega-Lite charts, drawn in the browser with vega-embed (loaded only when a chart opens). */
export const chartRenderer: ArtifactRenderer = {
  kind: "chart",
  icon: "chart",
  accepts: (mime) => mime === "application/vnd.vegalite+json" || mime === "application/json",
  Component: lazy(() => import("./chart-renderer.tsx")),
};
