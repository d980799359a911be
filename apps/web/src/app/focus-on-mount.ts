/**
 * A ref callback that focuses its element once, when it appears after the person asked for it (rename, edit, the
 * code step). Defined once here so React calls it on mount only, not on every render.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
