import type { Database } from "@penny/db";
import fastifyPlugin from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    /** The open database. The app only borrows it: whoever opened it closes it, after `app.close()`. */
    database: Database;
  }
}

/** Shares the database with every route as a typed decorator. */
export const databaseDecorator = fastifyPlugin<{ database: Database }>(
  async (app, options) => {
    app.decorate("database", options.database);
  },
  { name: "penny-database" },
);
