import type { DashboardDefinition } from "./dashboard-definition.ts";
import { type DashboardLayout, dashboardLayoutSchema } from "./dashboard-layout.ts";
import { DashboardLayoutInvalidError } from "./dashboard-layout-invalid-error.ts";
import { GRID_COLUMNS } from "./widget-position.ts";

/**
 * Checks a layout against its dashboard: well-formed entries, every widget of the dashboard placed exactly once
 * and nothing else, inside the 12-column grid, no two widgets on the same cell. Collects every problem before
 * throwing, so one message says all that is wrong.
 */
export function validateDashboardLayout(definition: DashboardDefinition, input: unknown): DashboardLayout {
  const parsed = dashboardLayoutSchema.safeParse(input);
  if (!parsed.success) {
    throw new DashboardLayoutInvalidError(
      parsed.error.issues.map((issue) => `${describePath(input, issue.path)}: ${issue.message}`),
    );
  }
  const layout = parsed.data;
  const problems: string[] = [];
  const known = new Set(definition.widgets.map((widget) => widget.id));
  const seen = new Set<string>();
  for (const entry of layout) {
    if (!known.has(entry.widgetId)) {
      problems.push(`widget "${entry.widgetId}" is not on the dashboard "${definition.slug}"`);
    } else if (seen.has(entry.widgetId)) {
      problems.push(`widget "${entry.widgetId}" is placed more than once`);
    }
    seen.add(entry.widgetId);
    if (entry.x + entry.w > GRID_COLUMNS) {
      problems.push(
        `widget "${entry.widgetId}" reaches column ${entry.x + entry.w} (x ${entry.x} + w ${entry.w}), ` +
          `past the ${GRID_COLUMNS}-column grid`,
      );
    }
  }
  for (const widget of definition.widgets) {
    if (!seen.has(widget.id)) problems.push(`widget "${widget.id}" is not placed`);
  }
  layout.forEach((first, index) => {
    for (const second of layout.slice(index + 1)) {
      if (first.widgetId !== second.widgetId && overlaps(first, second)) {
        problems.push(`widgets "${first.widgetId}" and "${second.widgetId}" overlap`);
      }
    }
  });
  if (problems.length > 0) throw new DashboardLayoutInvalidError(problems);
  return layout;
}

function overlaps(first: DashboardLayout[number], second: DashboardLayout[number]): boolean {
  return (
    first.x < second.x + second.w &&
    second.x < first.x + first.w &&
    first.y < second.y + second.h &&
    second.y < first.y + first.h
  );
}

/** `layout[2] (sales-funnel).w` rather than `2.w`, so the message names the widget when it can. */
function describePath(input: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return "layout";
  const [index, ...rest] = path;
  const entry = Array.isArray(input) && typeof index === "number" ? input[index] : undefined;
  const widgetId =
    entry && typeof entry === "object" && "widgetId" in entry && typeof entry.widgetId === "string"
      ? ` (${entry.widgetId})`
      : "";
  return `layout[${String(index)}]${widgetId}${rest.map((key) => `.${String(key)}`).join("")}`;
}
