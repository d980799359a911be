import type { Spec } from "vega";
import { logger, None } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Why a Vega-Lite spec did not compile, in the compiler's words. */
export class VegaLiteCompileError extends Error {
  override readonly name = "VegaLiteCompileError";
}

/** Compiles a Vega-Lite spec to Vega, silencing the compiler's console warnings; throws VegaLiteCompileError. */
export function compileVegaLite(spec: unknown): Spec {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new VegaLiteCompileError("a Vega-Lite spec is a JSON object");
  }
  try {
    return compile(spec as TopLevelSpec, { logger: logger(None) }).spec;
  } catch (error) {
    throw new VegaLiteCompileError(error instanceof Error ? error.message : String(error));
  }
}
