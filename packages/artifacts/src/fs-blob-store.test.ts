import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBlobStoreContract } from "./blob-store.contract.ts";
import { createFsBlobStore } from "./fs-blob-store.ts";

const temporaryRoot = () => mkdtemp(path.join(tmpdir(), "penny-blobs-"));

runBlobStoreContract("fs", async () => {
  const root = await temporaryRoot();
  return {
    store: createFsBlobStore(root),
    reopen: () => createFsBlobStore(root),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});

describe("createFsBlobStore", () => {
  it("lays blobs out as ab/cd/<hash> and leaves no temporary files behind", async () => {
    const root = await temporaryRoot();
    try {
      const store = createFsBlobStore(root);
      const bytes = new TextEncoder().encode("fan-out");
      const { hash } = await store.put(bytes);
      await Promise.all([store.put(bytes), store.put(bytes)]);
      const folder = path.join(root, hash.slice(0, 2), hash.slice(2, 4));
      expect(await readdir(folder)).toEqual([hash]);
      expect(new TextDecoder().decode(await readFile(path.join(folder, hash)))).toBe("fan-out");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("reads what another store over the same folder wrote", async () => {
    const root = await temporaryRoot();
    try {
      const { hash } = await createFsBlobStore(root).put(new TextEncoder().encode("shared folder"));
      const read = await createFsBlobStore(root).get(hash);
      expect(new TextDecoder().decode(read ?? undefined)).toBe("shared folder");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
