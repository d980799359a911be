import fastifyPlugin from "fastify-plugin";

/**
 * While the app closes, responses carry `Connection: close`. Node's `server.close()` waits for every open
 * connection, and a keep-alive client (a browser, undici) would hold its connection open after the last
 * response, so shutdown would wait for the keep-alive timeout instead of only for the requests in flight.
 */
export const closeConnectionsOnShutdown = fastifyPlugin(
  async (app) => {
    let closing = false;
    app.addHook("preClose", async () => {
      closing = true;
    });
    app.addHook("onSend", async (_request, reply) => {
      if (closing) reply.header("connection", "close");
    });
  },
  { name: "penny-close-connections-on-shutdown" },
);
