import type { Redis } from "ioredis";

/** QUIT when connected (pending replies arrive first); otherwise drop the socket and stop reconnecting. */
export async function closeRedisConnection(connection: Redis): Promise<void> {
  if (connection.status === "end") return;
  if (connection.status !== "ready") {
    connection.disconnect();
    return;
  }
  try {
    await connection.quit();
  } catch {
    connection.disconnect();
  }
}
