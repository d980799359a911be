import { createHash, randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BlobStore } from "./blob-store.ts";
import { BlobKeyInvalidError } from "./errors/blob-key-invalid-error.ts";

/** A fresh, empty store for one test, and how to clean it up. */
export interface BlobStoreUnderTest {
  store: BlobStore;
  /** Another store over the same place (folder, bucket and prefix), as a second process would open it. */
  reopen(): BlobStore;
  dispose(): Promise<void>;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The behaviour every BlobStore must have, as one shared suite: call it from each implementation's test file
 * (`runBlobStoreContract("fs", () => …)`) so the fs store and the S3 store are held to the same contract.
 */
export function runBlobStoreContract(name: string, open: () => Promise<BlobStoreUnderTest>): void {
  describe(`BlobStore contract: ${name}`, () => {
    let subject: BlobStoreUnderTest;
    beforeEach(async () => {
      subject = await open();
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it("keys a blob by the SHA-256 of its bytes and gives the same bytes back", async () => {
      const bytes = randomBytes(4096);
      const { hash, size } = await subject.store.put(bytes);
      expect(hash).toBe(sha256(bytes));
      expect(size).toBe(4096);
      const read = await subject.store.get(hash);
      expect(read).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(read as Uint8Array).equals(bytes)).toBe(true);
      expect(await subject.store.has(hash)).toBe(true);
    });

    it("stores the empty blob", async () => {
      const { hash, size } = await subject.store.put(new Uint8Array());
      expect(hash).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      expect(size).toBe(0);
      expect((await subject.store.get(hash))?.byteLength).toBe(0);
    });

    it("is idempotent: putting the same bytes again, even concurrently, returns the same key", async () => {
      const bytes = new TextEncoder().encode("the same content twice");
      const results = await Promise.all([1, 2, 3, 4].map(() => subject.store.put(bytes)));
      expect(new Set(results.map((result) => result.hash)).size).toBe(1);
      const again = await subject.store.put(bytes);
      expect(again.hash).toBe(results[0]?.hash);
      expect(new TextDecoder().decode((await subject.store.get(again.hash)) ?? undefined)).toBe(
        "the same content twice",
      );
    });

    it("keeps different contents apart", async () => {
      const first = await subject.store.put(new TextEncoder().encode("first"));
      const second = await subject.store.put(new TextEncoder().encode("second"));
      expect(first.hash).not.toBe(second.hash);
      expect(new TextDecoder().decode((await subject.store.get(first.hash)) ?? undefined)).toBe("first");
      expect(new TextDecoder().decode((await subject.store.get(second.hash)) ?? undefined)).toBe("second");
    });

    it("gives back every byte value and a multi-megabyte blob whole, with its size", async () => {
      const everyByte = Uint8Array.from({ length: 256 }, (_, index) => index);
      const large = new Uint8Array(3 * 1024 * 1024 + 17).map((_, index) => (index * 31) % 251);
      for (const bytes of [everyByte, large]) {
        const { hash, size } = await subject.store.put(bytes);
        expect(size).toBe(bytes.byteLength);
        const read = await subject.store.get(hash);
        expect(read?.byteLength).toBe(bytes.byteLength);
        expect(Buffer.from(read as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
      }
    });

    it("keeps every one of several different blobs written at the same time", async () => {
      const contents = Array.from({ length: 8 }, (_, index) => new TextEncoder().encode(`blob ${index} ñ`));
      const stored = await Promise.all(contents.map((bytes) => subject.store.put(bytes)));
      expect(stored.map((result) => result.size)).toEqual(contents.map((bytes) => bytes.byteLength));
      const read = await Promise.all(stored.map((result) => subject.store.get(result.hash)));
      expect(read.map((bytes) => new TextDecoder().decode(bytes ?? undefined))).toEqual(
        contents.map((bytes) => new TextDecoder().decode(bytes)),
      );
    });

    it("lets another store over the same place read what this one wrote", async () => {
      const { hash } = await subject.store.put(new TextEncoder().encode("written by the first process"));
      const other = subject.reopen();
      expect(await other.has(hash)).toBe(true);
      expect(new TextDecoder().decode((await other.get(hash)) ?? undefined)).toBe(
        "written by the first process",
      );
      expect((await other.put(new TextEncoder().encode("written by the first process"))).hash).toBe(hash);
    });

    it("answers null and false for a well-formed key it does not hold", async () => {
      const absent = sha256(randomBytes(16));
      expect(await subject.store.get(absent)).toBeNull();
      expect(await subject.store.has(absent)).toBe(false);
    });

    it.each([
      ["a path", "../../etc/passwd"],
      ["upper-case hex", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"],
      ["a short key", "e3b0c442"],
      ["a key with a separator", `ab/${"0".repeat(61)}`],
      ["the empty string", ""],
    ])("refuses %s as a key", async (_label, key) => {
      await expect(subject.store.get(key)).rejects.toBeInstanceOf(BlobKeyInvalidError);
      await expect(subject.store.has(key)).rejects.toBeInstanceOf(BlobKeyInvalidError);
      await expect(subject.reopen().get(key)).rejects.toBeInstanceOf(BlobKeyInvalidError);
    });
  });
}
