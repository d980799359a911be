import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "./config-error.ts";
import { decodeMasterKey } from "./config-schema.ts";
import type { Config } from "./load-config.ts";

const MASTER_KEY_FILE = "master.key";

/**
 * Returns the master key: the configured one, or (embedded mode only) the one kept in the data folder,
 * generated on first start with owner-only permissions.
 */
export async function ensureMasterKey(config: Config): Promise<{ key: Buffer; generated: boolean }> {
  if (config.masterKey) return { key: config.masterKey, generated: false };
  const file = path.join(config.dataDir, MASTER_KEY_FILE);
  try {
    const stored = decodeMasterKey(await readFile(file, "utf8"));
    if (!stored) {
      throw new ConfigError([
        { variable: "PENNY_MASTER_KEY", message: `is unset and ${file} does not hold a valid key` },
      ]);
    }
    return { key: stored, generated: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = randomBytes(32);
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  return { key, generated: true };
}
