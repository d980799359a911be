import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";

/** One remembered fact, as GET /v1/memories lists it. */
export interface Memory {
  id: string;
  content: string;
  /** `conversation:<id>/message:<id>` when said in a chat; null when added through the API. */
  source: string | null;
  createdAt: string;
}

interface MemoryPage {
  memories: Memory[];
  nextCursor: string | null;
}

/** The person's memory, newest first, page by page, with forgetting one fact or all of them. */
export function useMemories() {
  const api = useApi();
  const [memories, setMemories] = useState<Memory[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(
    async (cursor?: string, signal?: AbortSignal) => {
      try {
        const page = await api.get<MemoryPage>("/v1/memories", { query: { cursor }, signal });
        setMemories((list) => (cursor ? [...(list ?? []), ...page.memories] : page.memories));
        setNextCursor(page.nextCursor);
      } catch (error) {
        if (!signal?.aborted) setFailure(error);
      }
    },
    [api],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(undefined, controller.signal);
    return () => controller.abort();
  }, [load]);

  const forget = useCallback(
    async (id: string) => {
      await api.delete(`/v1/memories/${id}`);
      setMemories((list) => list?.filter((memory) => memory.id !== id) ?? null);
    },
    [api],
  );

  const forgetAll = useCallback(async () => {
    await api.delete("/v1/memories");
    setMemories([]);
    setNextCursor(null);
  }, [api]);

  return {
    memories,
    failure,
    more: nextCursor ? () => load(nextCursor) : undefined,
    forget,
    forgetAll,
  };
}
