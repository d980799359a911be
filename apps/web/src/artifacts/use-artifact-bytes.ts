import { useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import { type ArtifactRef, artifactContentUrl } from "./artifact-ref.ts";

type Loaded =
  | { status: "loading" }
  | { status: "ready"; bytes: ArrayBuffer }
  | { status: "error"; error: unknown };

/** A version's content as bytes, for binary kinds (PDF, DOCX, GLB, STL); one read per version. */
export function useArtifactBytes(artifact: Pick<ArtifactRef, "id" | "version">): Loaded {
  return useBytes(artifactContentUrl(artifact));
}

/** Any same-origin content as bytes (an uploaded file's `/v1/files/:id/content` too); one read per URL. */
export function useBytes(url: string): Loaded {
  const api = useApi();
  const [state, setState] = useState<Loaded>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    api
      .fetch("GET", url, { signal: controller.signal })
      .then((response) => response.arrayBuffer())
      .then((bytes) => setState({ status: "ready", bytes }))
      .catch((error: unknown) => !controller.signal.aborted && setState({ status: "error", error }));
    return () => controller.abort();
  }, [api, url]);
  return state;
}
