import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";

type Resource<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "error"; error: unknown };

/** A JSON resource read with GET, again whenever `path` changes or `reload` is called. */
export function useApiResource<T>(path: string | null): { state: Resource<T>; reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<Resource<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reload trigger.
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setState({ status: "loading" });
    api
      .get<T>(path, { signal: controller.signal })
      .then((data) => setState({ status: "ready", data }))
      .catch((error: unknown) => !controller.signal.aborted && setState({ status: "error", error }));
    return () => controller.abort();
  }, [api, path, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
