import { describe, expect, it } from "vitest";
import { formatFileSize } from "./file-size.ts";

describe("formatFileSize", () => {
  it("says sizes in the largest unit under 1000, in the reader's language", () => {
    expect(formatFileSize(812, "en")).toBe("812 byte");
    expect(formatFileSize(812_345, "en")).toBe("812.3 kB");
    expect(formatFileSize(4_200_000, "en")).toBe("4.2 MB");
    expect(formatFileSize(4_200_000, "es")).toBe("4,2 MB");
  });
});
