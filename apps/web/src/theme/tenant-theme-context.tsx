import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import { useSession } from "../session/session-context.tsx";
import { applyTenantTheme, type TenantTheme } from "./tenant-theme.ts";

interface TenantThemeApi {
  /** The signed-in tenant's theme; null before it is read or when signed out. */
  theme: TenantTheme | null;
  /** Shows a theme just saved (the admin screen), without reading it again. */
  show(theme: TenantTheme): void;
}

const TenantThemeContext = createContext<TenantThemeApi>({ theme: null, show: () => undefined });

/**
 * Reads the tenant's theme (GET /v1/theme) once someone is signed in, and again when they switch tenant, and
 * applies it to the page; signing out gives Penny's own look back.
 */
export function TenantThemeProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { state } = useSession();
  const tenantId = state.status === "signed-in" ? state.me.tenant.id : null;
  const [theme, setTheme] = useState<TenantTheme | null>(null);

  useEffect(() => {
    setTheme(null);
    if (!tenantId) return;
    const controller = new AbortController();
    api
      .get<{ theme: TenantTheme }>("/v1/theme", { signal: controller.signal })
      .then((answer) => setTheme(answer.theme))
      .catch((error: unknown) => {
        // Penny's own look is a fine fallback; the rest of the app reports a server that is down.
        if (!controller.signal.aborted) console.warn("The tenant's theme could not be read", error);
      });
    return () => controller.abort();
  }, [api, tenantId]);

  useEffect(() => applyTenantTheme(theme?.tokens ?? {}), [theme]);

  const value = useMemo<TenantThemeApi>(() => ({ theme, show: setTheme }), [theme]);
  return <TenantThemeContext.Provider value={value}>{children}</TenantThemeContext.Provider>;
}

/** The tenant's theme and a way to show a new one. */
export const useTenantTheme = () => useContext(TenantThemeContext);
