import { describe, expect, it } from "vitest";
import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import { ArtifactMimeUnsupportedError } from "../../errors/artifact-mime-unsupported-error.ts";
import { codeKind } from "./code-kind.ts";

const text = (value: string) => new TextEncoder().encode(value);

describe("codeKind", () => {
  it("accepts UTF-8 source as text/x-<language> or text/plain", () => {
    expect(() => codeKind.validate(text("fn main() {}"), "text/x-rust")).not.toThrow();
    expect(() => codeKind.validate(text("x"), "text/x-c++")).not.toThrow();
    expect(() => codeKind.validate(text("SELECT 1"), "text/plain")).not.toThrow();
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(() => codeKind.validate(Uint8Array.from([0x48, 0x69, 0xc3, 0x28]), "text/x-python")).toThrow(
      ArtifactContentError,
    );
  });

  it("refuses other text types and a language-less text/x-", () => {
    expect(() => codeKind.validate(text("x"), "text/x-")).toThrow(ArtifactMimeUnsupportedError);
    expect(() => codeKind.validate(text("<p>"), "text/html")).toThrow(ArtifactMimeUnsupportedError);
  });
});
