import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A real HTTP server on a loopback address, counting the requests it gets. */
export interface LocalServer {
  url: string;
  port: number;
  hits: number;
  close(): Promise<void>;
}

/** Starts a node:http server on `host` (default 127.0.0.1) and an ephemeral port unless `port` is given. */
export async function startLocalServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  options: { host?: string; port?: number } = {},
): Promise<LocalServer> {
  const host = options.host ?? "127.0.0.1";
  const state = { hits: 0 };
  const server = createServer((request, response) => {
    state.hits++;
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
