import { mkdir } from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";
import { DataDirInUseError } from "./errors.ts";

/**
 * Takes the embedded data folder for this process. PGlite has no lock of its own, and two processes writing one
 * folder corrupt it, so a second start fails here with a clear message instead.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, "penny.lock"),
      stale: 10_000,
      update: 2_000,
      onCompromised: (error) => {
        process.emitWarning(`The data folder lock was lost: ${error.message}`);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new DataDirInUseError(dataDir);
    throw error;
  }
}
