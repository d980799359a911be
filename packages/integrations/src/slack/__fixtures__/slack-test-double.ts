import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A TEST DOUBLE of the Slack Web API — not Slack. It speaks the wire format Penny relies on: `POST /api/<method>`
 * with a bearer token and a JSON body, answers `200 {ok: true, …}` or `200 {ok: false, error}` (Slack's envelope),
 * and `429` with `Retry-After` when rate-limiting. Only auth.test and chat.postMessage exist.
 */
export interface SlackTestDouble {
  /** The Web API base URL, ending in /api. */
  apiBaseUrl: string;
  botToken: string;
  posted: { channel: string; text: string; blocks?: unknown }[];
  close(): Promise<void>;
}

const standardChannels: Record<string, { id: string; member: boolean }> = {
  general: { id: "C0GENERAL01", member: true },
  random: { id: "C0RANDOM001", member: false },
};

export async function startSlackTestDouble(
  options: {
    botToken?: string;
    /** More channels the bot is a member of, by name without "#", e.g. { ops: "C0OPS00001" }. */
    channels?: Record<string, string>;
  } = {},
): Promise<SlackTestDouble> {
  const channels = { ...standardChannels };
  for (const [name, id] of Object.entries(options.channels ?? {})) channels[name] = { id, member: true };
  const botToken = options.botToken ?? "xoxb-1111-2222-testdoubletoken";
  const posted: SlackTestDouble["posted"] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    } catch {
      return send(response, 200, { ok: false, error: "invalid_json" });
    }
    if (request.headers.authorization !== `Bearer ${botToken}`) {
      return send(response, 200, {
        ok: false,
        error: request.headers.authorization ? "invalid_auth" : "not_authed",
      });
    }
    const method = (request.url ?? "").replace(/^\/api\//, "").split("?")[0];
    if (method === "auth.test") {
      return send(response, 200, {
        ok: true,
        url: "https://acme-test.slack.com/",
        team: "Acme",
        user: "penny",
        team_id: "T0ACME0001",
        user_id: "U0PENNY001",
        bot_id: "B0PENNY001",
      });
    }
    if (method === "chat.postMessage") {
      const channel = String(body.channel ?? "");
      if (channel === "#busy") {
        response.setHeader("retry-after", "30");
        return send(response, 429, { ok: false, error: "ratelimited" });
      }
      const found = Object.entries(channels).find(
        ([name, entry]) => channel === `#${name}` || channel === entry.id,
      );
      if (!found) return send(response, 200, { ok: false, error: "channel_not_found" });
      if (!found[1].member) return send(response, 200, { ok: false, error: "not_in_channel" });
      if (typeof body.text !== "string" || body.text === "")
        return send(response, 200, { ok: false, error: "no_text" });
      if (body.blocks !== undefined) {
        const valid =
          Array.isArray(body.blocks) &&
          body.blocks.every((block) =>
            ["section", "divider", "header", "context", "actions"].includes(block?.type),
          );
        if (!valid) return send(response, 200, { ok: false, error: "invalid_blocks" });
      }
      const ts = `1764583200.${String(100 + posted.length).padStart(6, "0")}`;
      posted.push({ channel: found[1].id, text: body.text, ...(body.blocks ? { blocks: body.blocks } : {}) });
      return send(response, 200, {
        ok: true,
        channel: found[1].id,
        ts,
        message: { type: "message", text: body.text, user: "U0PENNY001", bot_id: "B0PENNY001", ts },
      });
    }
    return send(response, 404, { ok: false, error: "unknown_method" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBaseUrl: `http://127.0.0.1:${port}/api`,
    botToken,
    posted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}
