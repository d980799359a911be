import { artifactKinds } from "@penny/db";
import { describe, expect, it } from "vitest";
import { validSamples } from "../__fixtures__/sample-content.ts";
import { ArtifactContentError } from "../errors/artifact-content-error.ts";
import { ArtifactMimeUnsupportedError } from "../errors/artifact-mime-unsupported-error.ts";
import { ArtifactTooLargeError } from "../errors/artifact-too-large-error.ts";
import { artifactKindRegistry } from "./artifact-kind-registry.ts";
import { isUntrustedMarkup, validateArtifactContent } from "./validate-artifact-content.ts";

describe("artifactKindRegistry", () => {
  it("has one definition per kind of the database list, each under its own name", () => {
    expect(Object.keys(artifactKindRegistry).sort()).toEqual([...artifactKinds].sort());
    for (const kind of artifactKinds) expect(artifactKindRegistry[kind].kind).toBe(kind);
  });

  it.each(artifactKinds)("accepts a valid %s sample", (kind) => {
    const sample = validSamples[kind];
    expect(validateArtifactContent({ kind, mime: sample.mime, bytes: sample.bytes }).mime).toBe(sample.mime);
  });

  it.each(artifactKinds)("refuses a mime the %s kind does not take, naming the accepted ones", (kind) => {
    const error = (() => {
      try {
        validateArtifactContent({ kind, mime: "application/x-unknown", bytes: validSamples[kind].bytes });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ArtifactMimeUnsupportedError);
    expect(error).toBeInstanceOf(ArtifactContentError);
    const mimeError = error as ArtifactMimeUnsupportedError;
    expect(mimeError.code).toBe("PENNY_ARTIFACT_MIME_UNSUPPORTED");
    for (const accepted of artifactKindRegistry[kind].mimes) expect(mimeError.message).toContain(accepted);
  });

  it("normalizes the mime: case and parameters do not matter", () => {
    const result = validateArtifactContent({
      kind: "table",
      mime: "Text/CSV; charset=utf-8",
      bytes: validSamples.table.bytes,
    });
    expect(result.mime).toBe("text/csv");
  });

  it("refuses content over the kind's cap, and a caller's limit replaces the default", () => {
    const bytes = new TextEncoder().encode("x".repeat(101));
    expect(() =>
      validateArtifactContent({ kind: "markdown", mime: "text/markdown", bytes, limits: { markdown: 100 } }),
    ).toThrow(ArtifactTooLargeError);
    expect(
      validateArtifactContent({ kind: "markdown", mime: "text/markdown", bytes, limits: { markdown: 101 } })
        .mime,
    ).toBe("text/markdown");
  });

  it("marks SVG, and only SVG, as untrusted markup", () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(
      validateArtifactContent({ kind: "image", mime: "image/svg+xml", bytes: svg }).untrustedMarkup,
    ).toBe(true);
    expect(
      validateArtifactContent({ kind: "image", mime: "image/png", bytes: validSamples.image.bytes })
        .untrustedMarkup,
    ).toBe(false);
    expect(isUntrustedMarkup("image", "image/svg+xml")).toBe(true);
    expect(isUntrustedMarkup("markdown", "text/markdown")).toBe(false);
  });
});
