import type { Config } from "@penny/config";
import { createMailer, type Mailer } from "@penny/mail";
import fastifyPlugin from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    /** The configuration the app was built with. */
    config: Config;
    /** SMTP when SMTP_URL is set, otherwise the outbox table plus a log line. */
    mailer: Mailer;
  }
}

/** Shares the configuration and the mailer with every route as typed decorators. */
export const services = fastifyPlugin<{ config: Config; mailer?: Mailer }>(
  async (app, options) => {
    app.decorate("config", options.config);
    app.decorate(
      "mailer",
      options.mailer ?? createMailer({ config: options.config, database: app.database, logger: app.log }),
    );
  },
  { name: "penny-services", dependencies: ["penny-database"] },
);
