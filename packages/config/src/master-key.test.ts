import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.ts";
import { loadConfig } from "./load-config.ts";
import { ensureMasterKey } from "./master-key.ts";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "penny-key-"));
});
afterEach(async () => rm(dataDir, { recursive: true, force: true }));

describe("ensureMasterKey", () => {
  it("generates a key once, owner-readable only, and reuses it", async () => {
    const config = loadConfig({ PENNY_DATA_DIR: dataDir });
    const first = await ensureMasterKey(config);
    expect(first.generated).toBe(true);
    expect(first.key).toHaveLength(32);
    expect((await stat(path.join(dataDir, "master.key"))).mode & 0o777).toBe(0o600);
    const second = await ensureMasterKey(config);
    expect(second.generated).toBe(false);
    expect(second.key.equals(first.key)).toBe(true);
  });

  it("prefers PENNY_MASTER_KEY and writes nothing", async () => {
    const key = Buffer.alloc(32, 1);
    const config = loadConfig({ PENNY_DATA_DIR: dataDir, PENNY_MASTER_KEY: key.toString("hex") });
    expect((await ensureMasterKey(config)).key.equals(key)).toBe(true);
    await expect(readFile(path.join(dataDir, "master.key"))).rejects.toThrow();
  });

  it("refuses a damaged key file instead of replacing it", async () => {
    await writeFile(path.join(dataDir, "master.key"), "garbage");
    await expect(ensureMasterKey(loadConfig({ PENNY_DATA_DIR: dataDir }))).rejects.toBeInstanceOf(
      ConfigError,
    );
  });
});
