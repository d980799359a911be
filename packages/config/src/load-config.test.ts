import { describe, expect, it } from "vitest";
import { problemsOf } from "./__fixtures__/config-problems.ts";
import type { ConfigError } from "./config-error.ts";
import { loadConfig } from "./load-config.ts";

const validKey = Buffer.alloc(32, 7).toString("base64");

describe("loadConfig", () => {
  it("starts on embedded defaults with an empty environment", () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe("0.0.0.0");
    expect(config.dataDir).toMatch(/data$/);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demo).toBe(true);
    expect(config.demoPassword).toBe("penny-demo");
    expect(config.logLevel).toBe("info");
    expect(config.s3).toBeUndefined();
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).port).toBe(8080);
  });

  it("reads a server setup", () => {
    const config = loadConfig({
      PORT: "9000",
      DATABASE_URL: "postgres://penny@db:5432/penny",
      REDIS_URL: "redis://cache:6379",
      PENNY_MASTER_KEY: validKey,
      S3_BUCKET: "penny-blobs",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      LOG_LEVEL: "warn",
    });
    expect(config.port).toBe(9000);
    expect(config.masterKey?.length).toBe(32);
    expect(config.demo).toBe(false);
    expect(config.s3?.bucket).toBe("penny-blobs");
    expect(config.redisUrl).toBe("redis://cache:6379");
  });

  it.each([
    [{ PORT: "abc" }, "PORT", /must be a number \(got "abc"\)/],
    [{ PORT: "70000" }, "PORT", /between 1 and 65535/],
    [{ PORT: "80.5" }, "PORT", /whole number/],
    [{ DATABASE_URL: "mysql://x", PENNY_MASTER_KEY: validKey }, "DATABASE_URL", /postgres:\/\//],
    [{ DATABASE_URL: "postgres://db/penny" }, "PENNY_MASTER_KEY", /required when DATABASE_URL is set/],
    [{ PENNY_MASTER_KEY: "short" }, "PENNY_MASTER_KEY", /32 bytes/],
    [{ REDIS_URL: "http://cache" }, "REDIS_URL", /redis:\/\//],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL", /one of fatal, error/],
    [{ S3_ENDPOINT: "http://minio:9000" }, "S3_BUCKET", /required when any S3_\* setting is set/],
    [
      { S3_BUCKET: "blobs", S3_ACCESS_KEY_ID: "id" },
      "S3_SECRET_ACCESS_KEY",
      /required when S3_BUCKET is set/,
    ],
    [{ PENNY_DEMO_PASSWORD: "short" }, "PENNY_DEMO_PASSWORD", /at least 8 characters/],
    [{ PENNY_DEMO: "maybe" }, "PENNY_DEMO", /true or false/],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL", /smtp:\/\//],
  ])("names the variable for %o", (environment, variable, message) => {
    const problems = problemsOf(environment);
    const problem = problems.find((candidate) => candidate.variable === variable);
    expect(problem?.message).toMatch(message);
  });

  it("reports every bad variable at once, in a message without a stack", () => {
    try {
      loadConfig({ PORT: "abc", LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toContain("PORT");
      expect(message).toContain("LOG_LEVEL");
      expect(message).not.toMatch(/\n\s+at /);
    }
  });

  it("never echoes a secret value in its message", () => {
    const problems = problemsOf({ PENNY_MASTER_KEY: "not-a-real-key-but-secret" });
    expect(problems[0]?.message).not.toContain("not-a-real-key-but-secret");
  });
});
