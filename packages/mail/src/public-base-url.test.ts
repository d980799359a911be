import { describe, expect, it } from "vitest";
import { publicBaseUrl } from "./public-base-url.ts";

describe("publicBaseUrl", () => {
  it("uses PENNY_PUBLIC_URL without its trailing slash", () => {
    expect(publicBaseUrl({ publicUrl: "https://penny.example.com/", port: 8080 })).toBe(
      "https://penny.example.com",
    );
  });

  it("falls back to localhost and the port", () => {
    expect(publicBaseUrl({ publicUrl: undefined, port: 9000 })).toBe("http://localhost:9000");
  });
});
