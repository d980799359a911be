import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import type { ModelEntry } from "../api/types.ts";

const STORAGE_KEY = "penny.model";

/** The models this person may pick and the one picked (remembered on this device while it is still offered). */
export function useModels() {
  const api = useApi();
  const [models, setModels] = useState<ModelEntry[]>([]);
  const [model, setModel] = useState<string | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ models: ModelEntry[]; defaultModel: string }>("/v1/models", { signal: controller.signal })
      .then((answer) => {
        setModels(answer.models);
        const saved = localStorage.getItem(STORAGE_KEY);
        setModel(
          answer.models.some((entry) => entry.id === saved) ? (saved ?? undefined) : answer.defaultModel,
        );
      })
      // Without the list the picker hides and the tenant's default answers.
      .catch(() => setModels([]));
    return () => controller.abort();
  }, [api]);

  const choose = useCallback((modelId: string) => {
    localStorage.setItem(STORAGE_KEY, modelId);
    setModel(modelId);
  }, []);

  return { models, model, choose };
}
