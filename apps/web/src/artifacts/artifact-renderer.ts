import type { ComponentType, LazyExoticComponent } from "react";
import type { IconName } from "../app/icons.tsx";
import type { ArtifactRef } from "./artifact-ref.ts";

/** What every renderer gets: the artifact version to show. It loads the content itself (see useArtifactText). */
export interface ArtifactRendererProps {
  artifact: ArtifactRef;
}

/**
 * One kind of preview in the artifact panel. Each lives in `renderers/<kind>/` and is listed once in registry.ts;
 * its component is loaded on demand, so heavy libraries (Vega) never weigh on the chat.
 */
export interface ArtifactRenderer {
  kind: string;
  icon: IconName;
  /** Whether this renderer can show content of this media type (a table may be CSV but not Parquet). */
  accepts: (mime: string) => boolean;
  Component: LazyExoticComponent<ComponentType<ArtifactRendererProps>>;
}
