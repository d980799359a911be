import type { ApiClient } from "../api/api-client.ts";
import type { Conversation } from "../api/types.ts";

interface ConversationPage {
  conversations: Conversation[];
  nextCursor: string | null;
}

/** The conversations endpoints, as named functions over one ApiClient. */
export const conversationsApi = {
  list: (
    api: ApiClient,
    query: { search?: string; deleted?: boolean; cursor?: string },
    signal?: AbortSignal,
  ) =>
    api.get<ConversationPage>("/v1/conversations", {
      query: {
        search: query.search || undefined,
        deleted: query.deleted ? "true" : undefined,
        cursor: query.cursor,
        limit: 30,
      },
      signal,
    }),
  create: async (api: ApiClient, title?: string) =>
    (await api.post<{ conversation: Conversation }>("/v1/conversations", title ? { title } : {}))
      .conversation,
  update: async (api: ApiClient, id: string, change: { title?: string; pinned?: boolean }) =>
    (await api.patch<{ conversation: Conversation }>(`/v1/conversations/${id}`, change)).conversation,
  remove: async (api: ApiClient, id: string) =>
    (await api.delete<{ conversation: Conversation }>(`/v1/conversations/${id}`)).conversation,
  restore: async (api: ApiClient, id: string) =>
    (await api.post<{ conversation: Conversation }>(`/v1/conversations/${id}/restore`)).conversation,
};
