import { useCallback, useEffect, useState } from "react";

/** The state of something read from the API: loading, the value, or the failure. */
export type Loaded<T> =
  | { status: "loading" }
  | { status: "ready"; value: T }
  | { status: "failed"; error: unknown };

/** Reads once on mount and again on `reload()`; an unmounted screen ignores late answers. */
export function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `generation` asks for a fresh read.
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal)
      .then((value) => setState({ status: "ready", value }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "failed", error });
      });
    return () => controller.abort();
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
