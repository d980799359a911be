import { useCallback, useSyncExternalStore } from "react";

/** The screens the address bar can name. */
export type Route =
  | { name: "sign-in"; search: URLSearchParams }
  | { name: "workbench"; conversationId: string | null };

const NAVIGATE_EVENT = "penny:navigate";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a path: `/login`, `/c/<conversation id>`, anything else is the workbench without a conversation. */
export function parseRoute(pathname: string, search: string): Route {
  if (pathname === "/login") return { name: "sign-in", search: new URLSearchParams(search) };
  const match = /^\/c\/([^/]+)\/?$/.exec(pathname);
  const id = match?.[1];
  return { name: "workbench", conversationId: id && UUID.test(id) ? id : null };
}

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentLocation = () => `${location.pathname}${location.search}`;

/** Moves to a path inside the app without reloading (the History API). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === currentLocation()) return;
  if (options.replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current route, re-rendering on back/forward and on navigate(). */
export function useRoute(): Route {
  const key = useSyncExternalStore(subscribe, currentLocation);
  const [pathname = "/", search = ""] = key.split(/(?=\?)/);
  return parseRoute(pathname, search);
}

/** A stable navigate for event handlers. */
export function useNavigate() {
  return useCallback(navigate, []);
}

/** The path of a conversation's page. */
export const conversationPath = (id: string) => `/c/${id}`;
