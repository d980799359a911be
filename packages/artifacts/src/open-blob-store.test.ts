import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalS3Server, startLocalS3Server } from "./__fixtures__/local-s3-server.ts";
import { BlobStoreUnavailableError } from "./errors/blob-store-unavailable-error.ts";
import { openBlobStore } from "./open-blob-store.ts";

let server: LocalS3Server;
let dataDir: string;

beforeAll(async () => {
  server = await startLocalS3Server(["penny-open"]);
  dataDir = await mkdtemp(path.join(tmpdir(), "penny-open-"));
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const s3Config = (bucket: string) => ({
  s3: {
    endpoint: server.endpoint,
    region: "us-east-1",
    bucket,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
    forcePathStyle: true,
  },
});

describe("openBlobStore", () => {
  it("keeps blobs under <data dir>/blobs when no bucket is configured", async () => {
    const store = await openBlobStore({ s3: undefined }, dataDir);
    const { hash } = await store.put(new TextEncoder().encode("on disk"));
    expect(await readdir(path.join(dataDir, "blobs", hash.slice(0, 2), hash.slice(2, 4)))).toEqual([hash]);
  });

  it("uses the bucket when one is configured, and writes nothing to the data folder", async () => {
    const emptyDataDir = await mkdtemp(path.join(tmpdir(), "penny-open-s3-"));
    try {
      const store = await openBlobStore(s3Config("penny-open"), emptyDataDir);
      const { hash } = await store.put(new TextEncoder().encode("in the bucket"));
      expect(new TextDecoder().decode((await store.get(hash)) ?? undefined)).toBe("in the bucket");
      expect(await readdir(emptyDataDir)).toEqual([]);
      (store as { destroy?: () => void }).destroy?.();
    } finally {
      await rm(emptyDataDir, { recursive: true, force: true });
    }
  });

  it("stops start-up with a clear error when the bucket does not exist", async () => {
    await expect(openBlobStore(s3Config("penny-missing"), dataDir)).rejects.toThrow(
      BlobStoreUnavailableError,
    );
    await expect(openBlobStore(s3Config("penny-missing"), dataDir)).rejects.toThrow(
      /bucket "penny-missing" at http:\/\/127\.0\.0\.1:\d+ does not exist/,
    );
  });
});
