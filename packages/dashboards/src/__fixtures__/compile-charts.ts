import { parse } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { VegaLiteSpec } from "../vega-lite-spec.ts";

/**
 * Warnings vega-lite gives for specs that are right: a chart as wide as its tile with one band per category
 * (width "container", a discrete y) is told that fitting its height was dropped, which is what is meant.
 */
const benignWarnings = ['Dropping "fit-y" because spec has discrete height'];

/** The result of compiling widget charts: the Vega marks of each chart and every warning vega-lite gave. */
export interface CompiledCharts {
  marks: unknown[][];
  warnings: string[];
}

/**
 * Compiles each spec with vega-lite and parses the result with Vega, as a browser would before drawing it (either
 * throws on an invalid chart: vega-lite on a bad spec, Vega on what compiles but cannot run, such as a selection
 * declared where every layer repeats it), collecting vega-lite's warnings instead of printing them.
 */
export function compileCharts(specs: VegaLiteSpec[]): CompiledCharts {
  const warnings: string[] = [];
  let level = 2;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...messages: unknown[]) {
      throw new Error(messages.join(" "));
    },
    warn(...messages: unknown[]) {
      const message = messages.join(" ");
      if (!benignWarnings.some((benign) => message.includes(benign))) warnings.push(message);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const marks = specs.map((spec) => {
    const { spec: vega } = compile(spec as unknown as TopLevelSpec, { logger: logger as never });
    parse(vega);
    return vega.marks ?? [];
  });
  return { marks, warnings };
}

/** The inline values of a spec, so a test can check a chart shows the widget's data. */
export function inlineValues(spec: VegaLiteSpec | undefined): unknown[] {
  const data = spec?.data as { values?: unknown[] } | undefined;
  return data?.values ?? [];
}
