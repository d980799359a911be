import { useCallback, useSyncExternalStore } from "react";

/** The screens the address bar can name. */
export type Route =
  | { name: "sign-in"; search: URLSearchParams }
  | { name: "workbench"; conversationId: string | null }
  | { name: "account" }
  | { name: "admin"; section: string | null }
  | { name: "forgot-password" }
  | { name: "reset-password"; token: string }
  | { name: "invite"; token: string }
  | { name: "dashboard"; path: string; search: string }
  | { name: "files" };

const NAVIGATE_EVENT = "penny:navigate";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a path: `/login`, `/c/<conversation id>`, `/account`, the mailed `/invite/<token>` and
 * `/reset-password/<token>` links, `/forgot-password`; anything else is the workbench without a conversation. */
export function parseRoute(pathname: string, search: string): Route {
  if (pathname === "/login") return { name: "sign-in", search: new URLSearchParams(search) };
  if (pathname === "/account") return { name: "account" };
  if (pathname === "/files" || pathname === "/files/") return { name: "files" };
  const admin = /^\/admin(?:\/([a-z-]+))?\/?$/.exec(pathname);
  if (admin) return { name: "admin", section: admin[1] ?? null };
  if (pathname === "/forgot-password") return { name: "forgot-password" };
  const link = /^\/(invite|reset-password)\/([A-Za-z0-9_-]{1,200})\/?$/.exec(pathname);
  if (link?.[1] === "invite" && link[2]) return { name: "invite", token: link[2] };
  if (link?.[1] === "reset-password" && link[2]) return { name: "reset-password", token: link[2] };
  const dashboard = /^\/d\/(.+?)\/?$/.exec(pathname);
  if (dashboard?.[1]) return { name: "dashboard", path: dashboard[1], search };
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

/** Pages a visitor may open without being signed in: sign-in, the forgotten-password pages and invitations. */
export const isPublicRoute = (route: Route) =>
  route.name === "sign-in" ||
  route.name === "forgot-password" ||
  route.name === "reset-password" ||
  route.name === "invite";
