import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import type { Conversation } from "../api/types.ts";
import { conversationsApi } from "./conversations-api.ts";

const SEARCH_DELAY_MS = 250;

/** Pinned first, then the most recently updated, as the API orders them. */
function ordered(conversations: Conversation[]): Conversation[] {
  return [...conversations].sort(
    (a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt.localeCompare(a.updatedAt),
  );
}

/**
 * The conversation list: a page at a time, searched as the person types (debounced), the trash on request, and
 * local updates after each change so the list never waits for a reload.
 */
export function useConversations() {
  const api = useApi();
  const [search, setSearch] = useState("");
  const [trash, setTrash] = useState(false);
  const [conversations, setConversations] = useState<Conversation[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "error">("loading");
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);
  const query = useRef({ search, trash });
  query.current = { search, trash };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloads` is the explicit refresh trigger.
  useEffect(() => {
    const controller = new AbortController();
    setStatus("loading");
    const timer = setTimeout(
      () => {
        conversationsApi
          .list(api, { search: search.trim(), deleted: trash }, controller.signal)
          .then((page) => {
            setConversations(page.conversations);
            setNextCursor(page.nextCursor);
            setStatus("ready");
          })
          .catch((failure: unknown) => {
            if (controller.signal.aborted) return;
            setError(failure);
            setStatus("error");
          });
      },
      search ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, search, trash, reloads]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const page = await conversationsApi.list(api, {
      search: query.current.search.trim(),
      deleted: query.current.trash,
      cursor: nextCursor,
    });
    setConversations((current) => [...current, ...page.conversations]);
    setNextCursor(page.nextCursor);
  }, [api, nextCursor]);

  /** Puts a created or changed conversation in place (or at the top), dropping it if it left this view. */
  const upsert = useCallback((conversation: Conversation) => {
    setConversations((current) => {
      const others = current.filter((entry) => entry.id !== conversation.id);
      const belongs = (conversation.deletedAt !== null) === query.current.trash;
      return belongs ? ordered([conversation, ...others]) : others;
    });
  }, []);

  return {
    conversations,
    status,
    error,
    search,
    setSearch,
    trash,
    setTrash,
    hasMore: nextCursor !== null,
    loadMore,
    reload: useCallback(() => setReloads((count) => count + 1), []),
    upsert,
    create: useCallback(
      async (title?: string) => {
        const conversation = await conversationsApi.create(api, title);
        upsert(conversation);
        return conversation;
      },
      [api, upsert],
    ),
    rename: useCallback(
      async (id: string, title: string) => upsert(await conversationsApi.update(api, id, { title })),
      [api, upsert],
    ),
    setPinned: useCallback(
      async (id: string, pinned: boolean) => upsert(await conversationsApi.update(api, id, { pinned })),
      [api, upsert],
    ),
    remove: useCallback(
      async (id: string) => {
        const removed = await conversationsApi.remove(api, id);
        upsert(removed);
        return removed;
      },
      [api, upsert],
    ),
    restore: useCallback(
      async (id: string) => {
        const restored = await conversationsApi.restore(api, id);
        upsert(restored);
        return restored;
      },
      [api, upsert],
    ),
  };
}

export type ConversationsState = ReturnType<typeof useConversations>;
