import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";

interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Reads one admin resource (GET `path`; null reads nothing), with its failure kept for the screen to say in words,
 * and a reload.
 */
export function useAdminQuery<T>(path: string | null) {
  const api = useApi();
  const [state, setState] = useState<QueryState<T>>({
    data: undefined,
    error: undefined,
    loading: path !== null,
  });
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh read.
  useEffect(() => {
    if (path === null) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ ...current, loading: true }));
    api
      .get<T>(path, { signal: controller.signal })
      .then((data) => setState({ data, error: undefined, loading: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ data: undefined, error, loading: false });
      });
    return () => controller.abort();
  }, [api, path, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { ...state, reload };
}
