import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import type { Collection } from "./knowledge-types.ts";

/** The knowledge collections the caller may read, with create/change/delete that read the list again after. */
export function useCollections() {
  const api = useApi();
  const [collections, setCollections] = useState<Collection[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((value) => value + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version asks for a fresh read.
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ collections: Collection[] }>("/v1/collections", { signal: controller.signal })
      .then((answer) => setCollections(answer.collections))
      .catch((failure: unknown) => !controller.signal.aborted && setError(failure));
    return () => controller.abort();
  }, [api, version]);

  const create = useCallback(
    async (input: { name: string; description: string; access: Collection["access"] }) => {
      const created = await api.post<Collection>("/v1/collections", input);
      reload();
      return created;
    },
    [api, reload],
  );
  const update = useCallback(
    async (id: string, input: Partial<Pick<Collection, "name" | "description" | "access">>) => {
      await api.patch(`/v1/collections/${id}`, input);
      reload();
    },
    [api, reload],
  );
  const remove = useCallback(
    async (id: string) => {
      await api.delete(`/v1/collections/${id}`);
      reload();
    },
    [api, reload],
  );

  return { collections, error, reload, create, update, remove };
}
