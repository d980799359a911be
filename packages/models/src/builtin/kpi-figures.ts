import { asSchema } from "./schema-view.ts";

/** One figure read from a tool's data: its value and, when known, the previous period's value or the change. */
export interface Figure {
  key: string;
  value: number;
  previous?: number;
  changePercent?: number;
  unit?: string;
}

const valueKeys = ["value", "current", "amount", "total", "actual"];
const previousKeys = ["previous", "prior", "previousValue", "previousPeriod", "comparison", "last"];
const percentKeys = [
  "deltaPercent",
  "deltaPct",
  "changePercent",
  "changePct",
  "percentChange",
  "pctChange",
  "growthPercent",
];
const skippedKeys = /^(id|.*Id|year|month|day|page|count|topK|version)$/;

function numberAt(node: Record<string, unknown>, keys: string[]): number | undefined {
  for (const key of keys)
    if (typeof node[key] === "number" && Number.isFinite(node[key])) return node[key] as number;
  return undefined;
}

function figureOf(key: string, node: Record<string, unknown>): Figure | undefined {
  const value = numberAt(node, valueKeys);
  if (value === undefined) return undefined;
  const name = [node.metric, node.name, node.key, node.label].find(
    (candidate) => typeof candidate === "string",
  );
  const delta = numberAt(node, ["delta", "change", "difference", "diff"]);
  const previous = numberAt(node, previousKeys) ?? (delta !== undefined ? value - delta : undefined);
  const givenPercent = numberAt(node, percentKeys);
  const computed =
    previous !== undefined && previous !== 0 ? ((value - previous) / Math.abs(previous)) * 100 : undefined;
  const unit = [node.unit, node.currency].find((candidate) => typeof candidate === "string") as
    | string
    | undefined;
  return {
    key: (name as string | undefined) ?? key,
    value,
    previous,
    changePercent: givenPercent ?? computed,
    unit,
  };
}

function pairedPeriods(node: Record<string, unknown>): Figure[] {
  const current = asSchema(node.current);
  const previous = asSchema(node.previous) ?? asSchema(node.prior);
  if (!current || !previous) return [];
  return Object.entries(current).flatMap(([key, value]) => {
    const before = previous[key];
    if (typeof value !== "number" || typeof before !== "number") return [];
    return [
      {
        key,
        value,
        previous: before,
        changePercent: before !== 0 ? ((value - before) / Math.abs(before)) * 100 : undefined,
      },
    ];
  });
}

/** Finds KPI-like figures in a tool's data (objects with value/previous/delta, lists of them, plain numbers). */
export function extractFigures(data: unknown, depth = 0): Figure[] {
  if (depth > 3 || data === null || typeof data !== "object") return [];
  if (Array.isArray(data)) {
    // Long lists are time series, not headline figures.
    if (data.length > 12) return [];
    return data.flatMap((entry, index) => {
      const node = asSchema(entry);
      const figure = node ? figureOf(`item${index + 1}`, node) : undefined;
      return figure ? [figure] : [];
    });
  }
  const node = data as Record<string, unknown>;
  const paired = pairedPeriods(node);
  if (paired.length > 0) return paired;
  const figures: Figure[] = [];
  const deltas = asSchema(node.deltas) ?? asSchema(node.changes);
  for (const [key, child] of Object.entries(node)) {
    if (skippedKeys.test(key) || key === "deltas" || key === "changes") continue;
    if (typeof child === "number" && Number.isFinite(child)) {
      const percent = deltas && typeof deltas[key] === "number" ? (deltas[key] as number) : undefined;
      figures.push({ key, value: child, changePercent: percent });
      continue;
    }
    const childNode = asSchema(child);
    const figure = childNode ? figureOf(key, childNode) : undefined;
    if (figure) figures.push(figure);
    else figures.push(...extractFigures(child, depth + 1));
  }
  return figures;
}
