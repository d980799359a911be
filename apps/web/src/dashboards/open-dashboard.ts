import { navigate } from "../app/router.ts";
import { BACK_KEY } from "./back-key.ts";

/** Opens a dashboard from elsewhere in the app, remembering the page to come back to. */
export function openDashboard(path: string): void {
  if (!location.pathname.startsWith("/d/")) {
    sessionStorage.setItem(BACK_KEY, `${location.pathname}${location.search}`);
  }
  navigate(path);
}

/**
 * Links marked `data-dashboard-link` (the chat's "Open dashboard" next to a dashboard artifact) open in the app
 * without a reload; a modified click (new tab) keeps the browser's behaviour.
 */
export function followDashboardLinks(): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    const link = (event.target as Element | null)?.closest?.("a[data-dashboard-link]");
    const href = link?.getAttribute("href");
    if (!href?.startsWith("/d/")) return;
    event.preventDefault();
    openDashboard(href);
  };
  document.addEventListener("click", onClick);
  return () => document.removeEventListener("click", onClick);
}
