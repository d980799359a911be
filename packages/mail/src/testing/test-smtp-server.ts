import { createServer } from "node:net";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One mail as the test server received it: the SMTP envelope and the parsed message. */
export interface ReceivedMail {
  envelopeTo: string[];
  from: string | undefined;
  to: string[];
  subject: string;
  text: string;
  html: string | undefined;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, ready for `SMTP_URL`. */
  url: string;
  port: number;
  /** Mails in arrival order. A mail is here before the sender's `send` resolves. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 and a free port (plain SMTP, no TLS, no authentication) that parses what it
 * receives. `rejectRecipientsWith` makes it answer every RCPT TO with a 550 carrying that text, as a server that
 * refuses a mail does.
 */
export async function startTestSmtpServer(
  options: { rejectRecipientsWith?: string } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (options.rejectRecipientsWith === undefined) return callback();
      callback(Object.assign(new Error(options.rejectRecipientsWith), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        // The client gets its "250 OK" only after this callback, so the mail is recorded before `send` resolves.
        received.push({
          envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
          from: parsed.from?.value[0]?.address,
          to: addresses(parsed.to),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : undefined,
        });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  if (address === null || typeof address === "string") throw new Error("The test SMTP server has no port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    port: address.port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago), for "server unreachable" tests. */
export async function unusedLocalPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("The probe server had no port");
  return address.port;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.flatMap((entry) => (entry.address ? [entry.address] : [])));
}
