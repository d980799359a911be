import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatTestApp, openChatTestApp } from "../__fixtures__/chat-fixture.ts";

let testApp: ChatTestApp;

beforeAll(async () => {
  testApp = await openChatTestApp();
  await testApp.app.ready();
});
afterAll(() => testApp?.dispose());

async function call(method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: unknown) {
  return testApp.app.inject({
    method,
    url,
    headers: await testApp.headersFor(testApp.users.creator),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

describe("conversations", () => {
  it("create, rename, pin, list pinned first, search titles and message text, trash and restore", async () => {
    const created = [];
    for (const title of ["Quarterly revenue review", "Hiring plan", "Incident follow-up"]) {
      const response = await call("POST", "/v1/conversations", { title });
      expect(response.statusCode, response.body).toBe(201);
      created.push(response.json().conversation as { id: string; title: string; pinned: boolean });
    }
    const [revenue, hiring, incidents] = created as [
      (typeof created)[0],
      (typeof created)[0],
      (typeof created)[0],
    ];

    const renamed = await call("PATCH", `/v1/conversations/${hiring.id}`, {
      title: "Hiring plan 2027",
      pinned: true,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().conversation).toMatchObject({ title: "Hiring plan 2027", pinned: true });

    const listed = (await call("GET", "/v1/conversations")).json() as { conversations: { id: string }[] };
    expect(listed.conversations[0]?.id).toBe(hiring.id);
    expect(listed.conversations.map((conversation) => conversation.id)).toEqual(
      expect.arrayContaining([revenue.id, incidents.id]),
    );

    const byTitle = (await call("GET", "/v1/conversations?search=REVENUE")).json() as {
      conversations: { id: string }[];
    };
    expect(byTitle.conversations.map((conversation) => conversation.id)).toEqual([revenue.id]);

    // Message text is searched too: ask something in the incidents conversation.
    const asked = await call("POST", `/v1/chat/${incidents.id}/messages`, {
      content: "zanzibar sev1 postmortem",
    });
    expect(asked.statusCode).toBe(200);
    const byText = (await call("GET", "/v1/conversations?search=zanzibar")).json() as {
      conversations: { id: string }[];
    };
    expect(byText.conversations.map((conversation) => conversation.id)).toEqual([incidents.id]);
    // LIKE wildcards are literal characters in a search.
    const wildcard = (await call("GET", "/v1/conversations?search=%25")).json() as {
      conversations: unknown[];
    };
    expect(wildcard.conversations).toEqual([]);

    const deleted = await call("DELETE", `/v1/conversations/${revenue.id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().conversation.deletedAt).not.toBeNull();
    const live = (await call("GET", "/v1/conversations")).json() as { conversations: { id: string }[] };
    expect(live.conversations.map((conversation) => conversation.id)).not.toContain(revenue.id);
    const trash = (await call("GET", "/v1/conversations?deleted=true")).json() as {
      conversations: { id: string }[];
    };
    expect(trash.conversations.map((conversation) => conversation.id)).toEqual([revenue.id]);
    expect((await call("GET", `/v1/conversations/${revenue.id}`)).statusCode).toBe(404);
    expect((await call("DELETE", `/v1/conversations/${revenue.id}`)).statusCode).toBe(404);

    const restored = await call("POST", `/v1/conversations/${revenue.id}/restore`);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().conversation.deletedAt).toBeNull();
    expect((await call("GET", `/v1/conversations/${revenue.id}`)).statusCode).toBe(200);
  });

  it("pages with a cursor without repeating or skipping", async () => {
    const ids = new Set<string>();
    for (let index = 0; index < 5; index += 1) {
      ids.add((await call("POST", "/v1/conversations", { title: `paged ${index}` })).json().conversation.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (
        await call("GET", `/v1/conversations?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)
      ).json() as { conversations: { id: string }[]; nextCursor: string | null };
      seen.push(...page.conversations.map((conversation) => conversation.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    const forged = await call("GET", "/v1/conversations?cursor=not-a-cursor");
    expect(forged.statusCode).toBe(400);
  });

  it("another person's conversation is invisible, and bad input is refused with the field named", async () => {
    const mine = (await call("POST", "/v1/conversations", { title: "mine" })).json().conversation as {
      id: string;
    };
    const other = await testApp.app.inject({
      method: "GET",
      url: `/v1/conversations/${mine.id}`,
      headers: await testApp.headersFor(testApp.users.manager),
    });
    expect(other.statusCode).toBe(404);
    const emptyTitle = await call("PATCH", `/v1/conversations/${mine.id}`, { title: "  " });
    expect(emptyTitle.statusCode).toBe(400);
    expect(emptyTitle.body).toMatch(/title/);
    const nothing = await call("PATCH", `/v1/conversations/${mine.id}`, {});
    expect(nothing.statusCode).toBe(400);
    const sameTwice = await call("GET", `/v1/conversations/${mine.id}/compare?a=${mine.id}&b=${mine.id}`);
    expect(sameTwice.statusCode).toBe(400);
  });
});
