import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifacts/artifact-renderer.ts";

/** A dashboard artifact in the panel: what it shows, and a button that opens it full screen. */
export const dashboardRenderer: ArtifactRenderer = {
  kind: "dashboard",
  icon: "chart",
  accepts: (mime) => mime === "application/vnd.penny.dashboard+json" || mime === "application/json",
  Component: lazy(() => import("./dashboard-artifact.tsx")),
};
