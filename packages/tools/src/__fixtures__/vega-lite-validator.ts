import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv, { type ValidateFunction } from "ajv";

let validate: ValidateFunction | undefined;

/**
 * Checks a spec against Vega-Lite's own published JSON schema (draft-07, shipped in the vega-lite package) and
 * returns its problems; compiled once per test file, as it is large.
 */
export function vegaLiteProblems(spec: unknown): string[] {
  if (!validate) {
    const path = createRequire(import.meta.url).resolve("vega-lite/vega-lite-schema.json");
    const ajv = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false, logger: false });
    validate = ajv.compile(JSON.parse(readFileSync(path, "utf8")));
  }
  if (validate(spec)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
