import { describe, expect, it } from "vitest";
import { linksInText } from "./links-in-text.ts";

describe("linksInText", () => {
  it("finds http and https links and leaves sentence punctuation out", () => {
    expect(
      linksInText("Open https://penny.example/invite/a-b_c. Or (http://localhost:8080/x?y=1), then stop!"),
    ).toEqual(["https://penny.example/invite/a-b_c", "http://localhost:8080/x?y=1"]);
  });

  it("finds nothing in text without links", () => {
    expect(linksInText("no links, just ftp://old.example and words")).toEqual([]);
  });
});
