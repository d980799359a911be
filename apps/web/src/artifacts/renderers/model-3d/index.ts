import { lazy } from "react";
import type { ArtifactRenderer } from "../../artifact-renderer.ts";

const MIMES = new Set(["model/gltf+json", "model/gltf-binary", "model/stl"]);

/** 3D models (glTF, GLB, STL) drawn with three.js, which loads only when a model opens. */
export const model3dRenderer: ArtifactRenderer = {
  kind: "3d",
  icon: "document",
  accepts: (mime) => MIMES.has(mime),
  Component: lazy(() => import("./model-3d-renderer.tsx")),
};
