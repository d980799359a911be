import { describe, expect, it } from "vitest";
import { emailAuthority, entraIssuer, githubEndpoints } from "./provider-presets.ts";

describe("provider presets", () => {
  it("trusts emails globally only from Google and github.com themselves", () => {
    expect(emailAuthority("google", "https://accounts.google.com")).toBe("global");
    expect(emailAuthority("github", "https://github.com")).toBe("global");
    expect(emailAuthority("github", "https://github.acme.example")).toBe("tenant");
    expect(emailAuthority("entra", entraIssuer("72f988bf-86f1-41af-91ab-2d7cd011db47"))).toBe("tenant");
    expect(emailAuthority("oidc", "https://accounts.google.com")).toBe("tenant");
  });

  it("puts the REST API at api.github.com, or under /api/v3 on GitHub Enterprise Server", () => {
    expect(githubEndpoints("https://github.com")).toEqual({
      authorization: "https://github.com/login/oauth/authorize",
      token: "https://github.com/login/oauth/access_token",
      api: "https://api.github.com",
    });
    expect(githubEndpoints("https://github.acme.example/").api).toBe("https://github.acme.example/api/v3");
  });
});
