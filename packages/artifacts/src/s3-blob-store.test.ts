import { randomUUID } from "node:crypto";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type LocalS3Server, startLocalS3Server } from "./__fixtures__/local-s3-server.ts";
import { runBlobStoreContract } from "./blob-store.contract.ts";
import { BlobStoreOptionsInvalidError } from "./errors/blob-store-options-invalid-error.ts";
import { BlobStoreUnavailableError } from "./errors/blob-store-unavailable-error.ts";
import { createS3BlobStore, type S3BlobStore } from "./s3-blob-store.ts";
import type { S3BlobStoreOptions } from "./s3-blob-store-options.ts";

const BUCKET = "penny-blobs";
let server: LocalS3Server;
const opened: S3BlobStore[] = [];

beforeAll(async () => {
  server = await startLocalS3Server([BUCKET]);
});
afterAll(async () => {
  await server?.close();
});

/** A store on the local server; every test gets its own prefix, so it starts from an empty store. */
function open(overrides: Partial<S3BlobStoreOptions> = {}): S3BlobStore {
  const store = createS3BlobStore({
    endpoint: server.endpoint,
    region: "us-east-1",
    bucket: BUCKET,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
    forcePathStyle: true,
    ...overrides,
  });
  opened.push(store);
  return store;
}

function closeOpened(): void {
  for (const store of opened.splice(0)) store.destroy();
}

runBlobStoreContract("s3", async () => {
  const prefix = `contract-${randomUUID()}`;
  return { store: open({ prefix }), reopen: () => open({ prefix }), dispose: async () => closeOpened() };
});

describe("createS3BlobStore", () => {
  afterEach(closeOpened);

  it("keeps the fs store's layout under the prefix, so a blobs folder can be copied into the bucket", async () => {
    const prefix = `layout-${randomUUID()}`;
    const { hash } = await open({ prefix: `${prefix}/blobs` }).put(new TextEncoder().encode("layout"));
    const raw = new S3Client({
      endpoint: server.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    });
    try {
      const object = await raw.send(
        new GetObjectCommand({
          Bucket: BUCKET,
          Key: `${prefix}/blobs/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`,
        }),
      );
      expect(await object.Body?.transformToString()).toBe("layout");
    } finally {
      raw.destroy();
    }
  });

  it("keeps stores with different prefixes in one bucket apart", async () => {
    const first = open({ prefix: `apart-${randomUUID()}` });
    const second = open({ prefix: `apart-${randomUUID()}` });
    const { hash } = await first.put(new TextEncoder().encode("only in the first"));
    expect(await second.has(hash)).toBe(false);
    expect(await second.get(hash)).toBeNull();
    expect(await first.has(hash)).toBe(true);
  });

  it("passes its access check on a bucket it may use", async () => {
    await expect(open().checkAccess()).resolves.toBeUndefined();
  });

  it("says the bucket is missing, naming it, when it does not exist", async () => {
    const store = open({ bucket: "no-such-bucket" });
    const bytes = new TextEncoder().encode("nowhere to go");
    const attempts = [() => store.checkAccess(), () => store.put(bytes), () => store.get("0".repeat(64))];
    for (const attempt of attempts) {
      const error = await attempt().then(
        () => expect.unreachable(),
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(BlobStoreUnavailableError);
      expect((error as BlobStoreUnavailableError).reason).toBe("bucket-missing");
      expect((error as Error).message).toContain('"no-such-bucket"');
      expect((error as Error).message).toContain("S3_BUCKET");
    }
  });

  it("says the credentials were refused, without echoing the secret", async () => {
    const store = open({ accessKeyId: "NOT-A-KEY", secretAccessKey: "very-secret-value" });
    for (const attempt of [() => store.checkAccess(), () => store.put(new TextEncoder().encode("refused"))]) {
      const error = await attempt().then(
        () => expect.unreachable(),
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(BlobStoreUnavailableError);
      expect((error as BlobStoreUnavailableError).reason).toBe("access-denied");
      expect((error as Error).message).toMatch(/S3_ACCESS_KEY_ID/);
      expect((error as Error).message).not.toContain("very-secret-value");
    }
  });

  it("says the endpoint cannot be reached when nothing answers there", async () => {
    const stopped = await startLocalS3Server([BUCKET]);
    await stopped.close();
    const store = open({ endpoint: stopped.endpoint });
    const error = await store.checkAccess().then(
      () => expect.unreachable(),
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BlobStoreUnavailableError);
    expect((error as BlobStoreUnavailableError).reason).toBe("unreachable");
    expect((error as Error).message).toContain(stopped.endpoint);
  });

  it("refuses options it cannot work with, naming each one", () => {
    const attempt = () =>
      createS3BlobStore({
        endpoint: "ftp://storage.example",
        region: "",
        bucket: "Not_A_Bucket",
        accessKeyId: "id",
        secretAccessKey: "secret",
        prefix: "../escape",
      });
    expect(attempt).toThrow(BlobStoreOptionsInvalidError);
    try {
      attempt();
    } catch (error) {
      const options = (error as BlobStoreOptionsInvalidError).problems.map((problem) => problem.option);
      expect(options.sort()).toEqual(["bucket", "endpoint", "prefix", "region"]);
    }
  });
});
