import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertBlobKey, blobKeyOf } from "./blob-key.ts";
import type { BlobStore } from "./blob-store.ts";

/**
 * A BlobStore in a folder: each blob is `ab/cd/<hash>` under `rootDir`, so no directory grows past 65,536
 * entries. Writes go to a temporary file in the same folder and are renamed into place, so a reader never sees
 * a partial blob and a crash leaves at worst a stray `.tmp-*` file.
 *
 * This is the embedded implementation; `createS3BlobStore` (chosen by `S3_BUCKET`, see `openBlobStore`) keeps
 * the same layout in a bucket. Both pass the same suite, `runBlobStoreContract`.
 */
export function createFsBlobStore(rootDir: string): BlobStore {
  const root = path.resolve(rootDir);
  const pathOf = (hash: string) => {
    assertBlobKey(hash);
    return path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
  };

  return {
    async put(bytes) {
      const hash = blobKeyOf(bytes);
      const target = pathOf(hash);
      // Same key, same bytes: an existing file is already the right content.
      if (await exists(target)) return { hash, size: bytes.byteLength };
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.tmp-${randomBytes(8).toString("hex")}`;
      try {
        await writeFile(temporary, bytes, { flag: "wx" });
        // rename is atomic within one file system; a concurrent writer of the same bytes simply wins or loses.
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { hash, size: bytes.byteLength };
    },

    async get(hash) {
      try {
        return new Uint8Array(await readFile(pathOf(hash)));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async has(hash) {
      return exists(pathOf(hash));
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}
