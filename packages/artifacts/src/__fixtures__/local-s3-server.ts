import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/** A real S3-compatible server (s3rver) on a random loopback port, keeping its objects in a temporary folder. */
export interface LocalS3Server {
  endpoint: string;
  /** s3rver's built-in account: it checks the key id but does not verify SigV4 signatures. */
  accessKeyId: string;
  secretAccessKey: string;
  close(): Promise<void>;
}

/** Starts s3rver with `buckets` created and its request log silenced. */
export async function startLocalS3Server(buckets: string[]): Promise<LocalS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "penny-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
