import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type ChatTestApp, openChatTestApp } from "../__fixtures__/chat-fixture.ts";

let testApp: ChatTestApp;
let base: string;

beforeAll(async () => {
  testApp = await openChatTestApp();
  const url = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
  base = url.replace("http", "ws");
});
afterAll(() => testApp?.dispose());

type ServerMessage = {
  type: string;
  conversationId?: string;
  seq?: number;
  chunk?: { type: string };
  code?: string;
};

/** Opens a socket as the user and collects messages until `done` says stop. */
async function session(
  headers: Record<string, string>,
  first: unknown[],
  done: (messages: ServerMessage[]) => boolean,
  origin?: string,
) {
  const socket = new WebSocket(`${base}/v1/ws`, {
    headers: { cookie: headers.cookie ?? "", ...(origin ? { origin } : {}) },
  });
  const messages: ServerMessage[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.on("open", () => {
      for (const message of first)
        socket.send(typeof message === "string" ? message : JSON.stringify(message));
    });
    socket.on("message", (data) => {
      messages.push(JSON.parse(String(data)));
      if (done(messages)) {
        socket.close();
        resolve();
      }
    });
    socket.on("close", () => resolve());
    socket.on("error", reject);
  });
  return messages;
}

describe("the chat over WebSocket", () => {
  it("sends, streams the same events as SSE, and resumes from a sequence number on a new socket", async () => {
    const headers = await testApp.headersFor(testApp.users.admin);
    const created = await testApp.app.inject({
      method: "POST",
      url: "/v1/conversations",
      headers,
      payload: {},
    });
    const conversationId = created.json().conversation.id as string;
    const live = await session(
      headers,
      [{ type: "send", conversationId, content: "What's our revenue this quarter?" }],
      (messages) => messages.some((message) => message.chunk?.type === "finish"),
    );
    expect(live[0]?.type).toBe("started");
    const events = live.filter((message) => message.type === "event");
    expect(events.some((event) => event.chunk?.type === "data-artifact")).toBe(true);
    const seqs = events.map((event) => event.seq as number);
    expect(seqs).toEqual(seqs.map((_, index) => (seqs[0] as number) + index));

    const cut = seqs[Math.floor(seqs.length / 2)] as number;
    const resumed = await session(headers, [{ type: "subscribe", conversationId, after: cut }], (messages) =>
      messages.some((message) => message.type === "end"),
    );
    expect(resumed.filter((message) => message.type === "event").map((message) => message.seq)).toEqual(
      seqs.filter((seq) => seq > cut),
    );
  });

  it("answers bad messages with an error and keeps the socket; refuses other people's conversations and other origins", async () => {
    const headers = await testApp.headersFor(testApp.users.creator);
    const messages = await session(
      headers,
      [
        "not json",
        { type: "send", conversationId: "x", content: "" },
        { type: "subscribe", conversationId: crypto.randomUUID() },
      ],
      (received) => received.length >= 3,
    );
    expect(messages.map((message) => message.code)).toEqual([
      "PENNY_MALFORMED_BODY",
      "PENNY_VALIDATION_FAILED",
      "PENNY_CONVERSATION_NOT_FOUND",
    ]);
    const plain = await testApp.app.inject({ method: "GET", url: "/v1/ws", headers });
    expect(plain.statusCode).toBe(426);
    expect(plain.json().code).toBe("PENNY_UPGRADE_REQUIRED");
    const closed = await session(headers, [], () => false, "https://evil.example");
    expect(closed).toEqual([]);
    const anonymous = new WebSocket(`${base}/v1/ws`);
    const status = await new Promise<number>((resolve) => {
      anonymous.on("unexpected-response", (request, response) => {
        // ws leaves the refused request open for whoever listens here: end it, or the server cannot close.
        request.destroy();
        resolve(response.statusCode ?? 0);
      });
      anonymous.on("open", () => resolve(101));
      anonymous.on("error", () => resolve(-1));
    });
    expect(status).toBe(401);
  });
});
