import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";

/** A preset as GET /v1/presets lists it. */
export interface Preset {
  id: string;
  name: string;
  instructions: string;
  model: string | null;
  toolsAllowed: string[] | null;
  scope: "personal" | "workspace";
}

/** The fields of a new personal preset (POST /v1/presets). */
export type NewPreset = Pick<Preset, "name" | "instructions" | "model" | "toolsAllowed">;

/** The person's presets and the workspace's, and a way to save a new personal one. */
export function usePresets() {
  const api = useApi();
  const [presets, setPresets] = useState<Preset[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ presets: Preset[] }>("/v1/presets", { signal: controller.signal })
      .then((answer) => setPresets(answer.presets))
      .catch(() => !controller.signal.aborted && setFailed(true));
    return () => controller.abort();
  }, [api]);

  const create = useCallback(
    async (preset: NewPreset) => {
      const created = await api.post<{ preset: Preset }>("/v1/presets", { ...preset, scope: "personal" });
      setPresets((list) => [...list, created.preset]);
      return created.preset;
    },
    [api],
  );

  return { presets, failed, create };
}
