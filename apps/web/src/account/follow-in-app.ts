import type { MouseEvent } from "react";
import { navigate } from "../app/router.ts";

/**
 * An onClick for same-origin links: moves inside the app without a reload, unless the person asked for a new tab
 * or window. The link keeps its href, so it still works as a link (middle click, copy address).
 */
export function followInApp(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
  event.preventDefault();
  const url = new URL(event.currentTarget.href);
  navigate(`${url.pathname}${url.search}`);
}
