import { loadConfig } from "@penny/config";
import { describe, expect, it } from "vitest";
import { describeConfig } from "./describe-config.ts";

describe("describeConfig", () => {
  it("names where things are without printing a credential or key", () => {
    const masterKey = Buffer.alloc(32, 1).toString("base64");
    const text = describeConfig(
      loadConfig({
        DATABASE_URL: "postgres://penny:db-password@db.internal:5432/penny",
        REDIS_URL: "redis://:redis-password@cache.internal:6379",
        PENNY_MASTER_KEY: masterKey,
      }),
    ).join("\n");
    expect(text).toContain("PostgreSQL at postgres://db.internal:5432/penny");
    expect(text).toContain("redis://cache.internal:6379");
    expect(text).toContain("from PENNY_MASTER_KEY");
    expect(text).not.toMatch(/db-password|redis-password/);
    expect(text).not.toContain(masterKey);
  });

  it("describes the embedded defaults", () => {
    const text = describeConfig(loadConfig({ PENNY_DATA_DIR: "/srv/penny" })).join("\n");
    expect(text).toContain("embedded PGlite in /srv/penny/pglite");
    expect(text).toContain("kept in /srv/penny/master.key");
  });
});
