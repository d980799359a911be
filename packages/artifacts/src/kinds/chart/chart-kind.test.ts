import { describe, expect, it } from "vitest";
import { barChartSpec } from "../../__fixtures__/sample-content.ts";
import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import { chartKind } from "./chart-kind.ts";

const MIME = "application/vnd.vegalite+json";
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("chartKind", () => {
  it("accepts a spec the Vega-Lite compiler compiles", () => {
    expect(() => chartKind.validate(json(barChartSpec), MIME)).not.toThrow();
  });

  it("refuses a spec that does not compile, with the compiler's message", () => {
    expect(() => chartKind.validate(json({ data: { values: [] } }), MIME)).toThrow(
      /does not compile: Invalid specification/,
    );
  });

  it("refuses text that is not JSON and JSON that is not an object", () => {
    expect(() => chartKind.validate(new TextEncoder().encode("{mark: bar"), MIME)).toThrow(/not valid JSON/);
    expect(() => chartKind.validate(json([1, 2]), MIME)).toThrow(ArtifactContentError);
  });
});
