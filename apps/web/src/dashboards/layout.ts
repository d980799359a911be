import type { Placement } from "./dashboard-api.ts";

export const GRID_COLUMNS = 12;
const MAX_ROWS = 12;

const overlaps = (a: Placement, b: Placement) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A placement kept inside the grid: at least one cell, never past column 12. */
function clamp(placement: Placement): Placement {
  const w = Math.min(GRID_COLUMNS, Math.max(1, Math.round(placement.w)));
  const h = Math.min(MAX_ROWS, Math.max(1, Math.round(placement.h)));
  const x = Math.min(GRID_COLUMNS - w, Math.max(0, Math.round(placement.x)));
  const y = Math.max(0, Math.round(placement.y));
  return { widgetId: placement.widgetId, x, y, w, h };
}

/**
 * Puts one widget at a new place and size, then pushes every widget it now covers down below it (and so on), so
 * the arrangement stays valid for the API: inside 12 columns, no two widgets on one cell.
 */
export function placeWidget(layout: Placement[], next: Placement): Placement[] {
  const moved = clamp(next);
  const others = layout
    .filter((entry) => entry.widgetId !== moved.widgetId)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const placed: Placement[] = [moved];
  for (const entry of others) {
    const candidate = { ...entry };
    let blocker = placed.find((other) => overlaps(candidate, other));
    while (blocker) {
      candidate.y = blocker.y + blocker.h;
      blocker = placed.find((other) => overlaps(candidate, other));
    }
    placed.push(candidate);
  }
  return compact(placed, moved.widgetId);
}

/** Lifts widgets into empty rows above them (all but `pinned`, the one just placed by hand). */
export function compact(layout: Placement[], pinned?: string): Placement[] {
  const sorted = [...layout].sort((a, b) => a.y - b.y || a.x - b.x);
  const fixed = layout.filter((entry) => entry.widgetId === pinned);
  const placed: Placement[] = [...fixed];
  for (const entry of sorted) {
    if (entry.widgetId === pinned) continue;
    // The highest free row at or above where it is; it may pass over a widget into a gap left above it.
    let y = 0;
    while (y < entry.y && placed.some((other) => overlaps({ ...entry, y }, other))) y += 1;
    placed.push({ ...entry, y });
  }
  return layout.map((entry) => placed.find((other) => other.widgetId === entry.widgetId) ?? entry);
}

/** Moves or resizes a widget by a number of cells. */
export function nudge(
  layout: Placement[],
  widgetId: string,
  change: Partial<Record<"x" | "y" | "w" | "h", number>>,
): Placement[] {
  const current = layout.find((entry) => entry.widgetId === widgetId);
  if (!current) return layout;
  const next = {
    ...current,
    x: current.x + (change.x ?? 0),
    y: current.y + (change.y ?? 0),
    w: current.w + (change.w ?? 0),
    h: current.h + (change.h ?? 0),
  };
  // Moving up or down onto a neighbour swaps places with it rather than nudging into it cell by cell.
  if (change.y) {
    const edge = change.y < 0 ? { ...next, h: 1 } : { ...next, y: current.y + current.h, h: 1 };
    const neighbour = layout
      .filter((other) => other.widgetId !== widgetId && overlaps(edge, other))
      .sort((a, b) => a.y - b.y)[0];
    if (neighbour) {
      next.y = change.y < 0 ? neighbour.y : current.y + neighbour.h;
      if (change.y > 0) {
        const lifted = layout.map((other) => (other === neighbour ? { ...other, y: current.y } : other));
        return placeWidget(lifted, next);
      }
    }
  }
  return placeWidget(layout, next);
}

/** Whether two arrangements place every widget the same way. */
export function sameLayout(a: Placement[], b: Placement[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((entry) => {
    const other = b.find((candidate) => candidate.widgetId === entry.widgetId);
    return (
      other !== undefined &&
      other.x === entry.x &&
      other.y === entry.y &&
      other.w === entry.w &&
      other.h === entry.h
    );
  });
}
