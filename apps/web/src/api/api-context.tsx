import { createContext, type ReactNode, useContext, useState } from "react";
import { ApiClient } from "./api-client.ts";

const ApiContext = createContext<ApiClient | null>(null);

/** Gives the tree one ApiClient (it holds the session's CSRF token). */
export function ApiProvider({ children, client }: { children: ReactNode; client?: ApiClient }) {
  const [api] = useState(() => client ?? new ApiClient());
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The ApiClient of the surrounding ApiProvider. */
export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi needs an <ApiProvider> above it");
  return api;
}
