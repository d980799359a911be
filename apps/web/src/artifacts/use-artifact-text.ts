import { useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import { type ArtifactRef, artifactContentUrl } from "./artifact-ref.ts";

type Loaded = { status: "loading" } | { status: "ready"; text: string } | { status: "error"; error: unknown };

/** A version's content as text (versions never change, so one read per version is enough). */
export function useArtifactText(artifact: Pick<ArtifactRef, "id" | "version">): Loaded {
  const api = useApi();
  const [state, setState] = useState<Loaded>({ status: "loading" });
  const { id, version } = artifact;
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    api
      .fetch("GET", artifactContentUrl({ id, version }), { signal: controller.signal })
      .then((response) => response.text())
      .then((text) => setState({ status: "ready", text }))
      .catch((error: unknown) => !controller.signal.aborted && setState({ status: "error", error }));
    return () => controller.abort();
  }, [api, id, version]);
  return state;
}
